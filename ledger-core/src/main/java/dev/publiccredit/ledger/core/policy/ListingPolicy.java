package dev.publiccredit.ledger.core.policy;

import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The periods of listings (credit-rules §5), all configuration:
 * <ul>
 *   <li>{@code noticeWorkingDays}: how long the subject has to answer the prior notice of a serious-dishonesty
 *   listing (default 5 [U]: 国办发〔2020〕49号 requires the notice but sets no period). The decision may be taken from
 *   the day after the last of these working days.</li>
 *   <li>{@code maximumPeriods}: the longest listing per kind, in whole months or years (defaults serious dishonesty
 *   P3Y [U: SAMR 令第44号 practice], redlist P3Y [U]); a kind without an entry has no end (business anomaly: listed
 *   until removed, 企业信息公示暂行条例 art. 17). A listing without a requested period runs for the maximum.</li>
 *   <li>{@code earlyRemovalMinimum}: how long a serious-dishonesty listing runs before early removal (default P1Y [U:
 *   SAMR 令第44号 practice]). Other kinds may be removed early at any time.</li>
 * </ul>
 * {@code ruleSet} names the set and is stored with every decision taken under it.
 */
public final class ListingPolicy {

    public static final String DEFAULT_RULE_SET = "cn-listing-49-2026.1";

    private final WorkingDayCalendar calendar;
    private final int noticeWorkingDays;
    private final Map<ListingKind, Period> maximumPeriods;
    private final Period earlyRemovalMinimum;
    private final String ruleSet;

    public ListingPolicy(WorkingDayCalendar calendar, int noticeWorkingDays, Map<ListingKind, Period> maximumPeriods,
                         Period earlyRemovalMinimum, String ruleSet) {
        if (noticeWorkingDays < 1) {
            throw new IllegalArgumentException("the notice period needs at least one working day");
        }
        maximumPeriods.forEach((kind, period) -> {
            if (period.getDays() != 0 || period.toTotalMonths() < 1) {
                throw new IllegalArgumentException("the maximum period of " + kind
                        + " must be whole months or years, at least one month: " + period);
            }
        });
        if (earlyRemovalMinimum.isNegative()) {
            throw new IllegalArgumentException("the early-removal minimum must not be negative");
        }
        if (ruleSet.isBlank()) {
            throw new IllegalArgumentException("a rule set needs a name");
        }
        this.calendar = calendar;
        this.noticeWorkingDays = noticeWorkingDays;
        this.maximumPeriods = maximumPeriods.isEmpty() ? Map.of() : new EnumMap<>(maximumPeriods);
        this.earlyRemovalMinimum = earlyRemovalMinimum;
        this.ruleSet = ruleSet;
    }

    public static ListingPolicy defaults(WorkingDayCalendar calendar) {
        return new ListingPolicy(calendar, 5,
                Map.of(ListingKind.SERIOUS_DISHONESTY, Period.ofYears(3), ListingKind.REDLIST, Period.ofYears(3)),
                Period.ofYears(1), DEFAULT_RULE_SET);
    }

    /** The working days the subject has to answer a notice served on {@code noticedOn}. */
    public WorkingDayDeadline noticeWaitingPeriod(LocalDate noticedOn) {
        return WorkingDayDeadline.after(calendar, noticedOn, noticeWorkingDays);
    }

    /** The first day a listing decision may be taken: the day after the waiting period's last day. */
    public static LocalDate earliestDecisionOn(WorkingDayDeadline waitingPeriod) {
        return waitingPeriod.dueOn().plusDays(1);
    }

    /** Whether listings of {@code kind} end by themselves. */
    public boolean hasEnd(ListingKind kind) {
        return maximumPeriods.containsKey(kind);
    }

    /** Adds a violation of {@code periodMonths} if it does not fit the kind. {@code null} always fits. */
    public void checkPeriod(ListingKind kind, @Nullable Integer periodMonths, List<FieldViolation> violations) {
        if (periodMonths == null) {
            return;
        }
        Period maximum = maximumPeriods.get(kind);
        if (maximum == null) {
            violations.add(new FieldViolation("periodMonths", "must be left out: a " + kind
                    + " listing has no end and lasts until it is removed"));
        } else if (periodMonths < 1 || periodMonths > maximum.toTotalMonths()) {
            violations.add(new FieldViolation("periodMonths", "must be from 1 to " + maximum.toTotalMonths()
                    + " (the maximum for " + kind + " is " + maximum + ")"));
        }
    }

    /** The months a listing runs: the requested ones, else the maximum; {@code null} for a kind without end. */
    public @Nullable Integer appliedMonths(ListingKind kind, @Nullable Integer periodMonths) {
        Period maximum = maximumPeriods.get(kind);
        if (maximum == null) {
            return null;
        }
        return periodMonths != null ? periodMonths : Math.toIntExact(maximum.toTotalMonths());
    }

    /** The first day of the listing's early-removal window; {@code null} when early removal has no minimum. */
    public @Nullable LocalDate earliestEarlyRemovalOn(ListingKind kind, LocalDate listedOn) {
        return kind == ListingKind.SERIOUS_DISHONESTY ? listedOn.plus(earlyRemovalMinimum) : null;
    }

    public String ruleSet() {
        return ruleSet;
    }
}
