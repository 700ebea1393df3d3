package dev.publiccredit.ledger.core.policy;

import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.shared.Severity;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decides a record's publicity window (公示期) from its severity class. The periods are configuration: the national
 * defaults of credit-rules §3 (国家发展改革委 22号 and 36号: minor at most 3 months with repair possible once the
 * obligation is met, general 3 months to 1 year, serious 1 to 3 years; the clock starts on the decision date) are
 * {@link #nationalDefaults()}. {@code ruleSet} names the rule set and its version and is stored with every window.
 */
public final class PublicityPeriodPolicy {

    public static final String NATIONAL_RULE_SET = "cn-credit-publicity-2025.1";

    private final String ruleSet;
    private final Map<Severity, PublicityPeriod> periods;

    public PublicityPeriodPolicy(String ruleSet, Map<Severity, PublicityPeriod> periods) {
        if (ruleSet.isBlank()) {
            throw new IllegalArgumentException("a rule set needs a name");
        }
        for (Severity severity : Severity.values()) {
            Objects.requireNonNull(periods.get(severity), () -> "no publicity period for " + severity);
        }
        this.ruleSet = ruleSet;
        this.periods = new EnumMap<>(periods);
    }

    public static PublicityPeriodPolicy nationalDefaults() {
        Map<Severity, PublicityPeriod> periods = new EnumMap<>(Severity.class);
        periods.put(Severity.MINOR, new PublicityPeriod(Period.ZERO, Period.ofMonths(3)));
        periods.put(Severity.GENERAL, new PublicityPeriod(Period.ofMonths(3), Period.ofYears(1)));
        periods.put(Severity.SERIOUS, new PublicityPeriod(Period.ofYears(1), Period.ofYears(3)));
        return new PublicityPeriodPolicy(NATIONAL_RULE_SET, periods);
    }

    public String ruleSet() {
        return ruleSet;
    }

    public PublicityPeriod periodOf(Severity severity) {
        return periods.get(severity);
    }

    /** The window of a penalty decided on {@code decisionDate}. */
    public PublicityWindow penaltyWindow(Severity severity, LocalDate decisionDate) {
        PublicityPeriod period = periods.get(severity);
        return new PublicityWindow(decisionDate, decisionDate.plus(period.minimum()),
                decisionDate.plus(period.maximum()), ruleSet);
    }

    /** Licences are published from the decision date with no end: no national rule limits their publicity. */
    public PublicityWindow licenceWindow(LocalDate decisionDate) {
        return new PublicityWindow(decisionDate, null, null, ruleSet);
    }
}
