package dev.publiccredit.ledger.core.record.event;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The publicity period (公示期) decided for a record when it was recorded, so that a replay never re-applies a policy
 * that has since changed. For a penalty: publicity starts on the decision date (the clock start of 36号),
 * {@code earliestEndOn} is the end of the minimum period (the earliest date credit repair can end disclosure) and
 * {@code latestEndOn} the end of the maximum period, after which disclosure stops. Licences have no end.
 * {@code ruleSet} names the rule set and version that decided it.
 */
public record PublicityWindow(LocalDate startsOn, @Nullable LocalDate earliestEndOn, @Nullable LocalDate latestEndOn,
                              String ruleSet) {

    /** Whether the record is within its publicity period on the given day. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(startsOn) && (latestEndOn == null || day.isBefore(latestEndOn));
    }
}
