package dev.publiccredit.ledger.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.shared.Severity;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicityPeriodPolicyTest {

    static final String NATIONAL = "cn-credit-publicity-2025.1";
    final PublicityPeriodPolicy defaults = PublicityPeriodPolicy.nationalDefaults();

    @Test
    void nationalDefaults_areTheSection3Periods_underTheNationalRuleSet() {
        assertThat(defaults.ruleSet()).isEqualTo(NATIONAL).isEqualTo(PublicityPeriodPolicy.NATIONAL_RULE_SET);
        assertThat(defaults.periodOf(Severity.MINOR))
                .isEqualTo(new PublicityPeriod(Period.ZERO, Period.ofMonths(3)));
        assertThat(defaults.periodOf(Severity.GENERAL))
                .isEqualTo(new PublicityPeriod(Period.ofMonths(3), Period.ofYears(1)));
        assertThat(defaults.periodOf(Severity.SERIOUS))
                .isEqualTo(new PublicityPeriod(Period.ofYears(1), Period.ofYears(3)));
    }

    @ParameterizedTest(name = "{0} decided {1}: {2} / {3}")
    @CsvSource({
        // credit-rules §3: minor at most 3 months (repair once the obligation is met), general 3 months - 1 year,
        // serious 1 - 3 years; the clock starts on the decision date
        "MINOR,   2025-09-26, 2025-09-26, 2025-12-26",
        "GENERAL, 2025-09-26, 2025-12-26, 2026-09-26",
        "SERIOUS, 2025-09-26, 2026-09-26, 2028-09-26",
    })
    void penaltyWindow_startsOnTheDecisionDate_andEndsAfterTheDefaultPeriods(Severity severity, LocalDate decided,
                                                                             LocalDate earliestEnd,
                                                                             LocalDate latestEnd) {
        assertThat(defaults.penaltyWindow(severity, decided))
                .isEqualTo(new PublicityWindow(decided, earliestEnd, latestEnd, NATIONAL));
    }

    @ParameterizedTest(name = "{0} decided {1}: {2} / {3}")
    @CsvSource({
        // a month-end decision ends on the last day of the shorter month
        "GENERAL, 2025-11-30, 2026-02-28, 2026-11-30",
        "MINOR,   2025-11-30, 2025-11-30, 2026-02-28",
        "GENERAL, 2025-08-31, 2025-11-30, 2026-08-31",
        "MINOR,   2025-03-31, 2025-03-31, 2025-06-30",
        // 29 February plus whole years ends on 28 February
        "SERIOUS, 2024-02-29, 2025-02-28, 2027-02-28",
        // ... and a period ending in a leap year keeps the 29th
        "GENERAL, 2023-11-29, 2024-02-29, 2024-11-29",
    })
    void penaltyWindow_clampsToTheMonthEnd(Severity severity, LocalDate decided, LocalDate earliestEnd,
                                           LocalDate latestEnd) {
        assertThat(defaults.penaltyWindow(severity, decided))
                .isEqualTo(new PublicityWindow(decided, earliestEnd, latestEnd, NATIONAL));
    }

    @Test
    void licenceWindow_startsOnTheDecisionDate_andHasNoEnd() {
        assertThat(defaults.licenceWindow(LocalDate.of(2026, 2, 12)))
                .isEqualTo(new PublicityWindow(LocalDate.of(2026, 2, 12), null, null, NATIONAL));
    }

    @Test
    void penaltyWindow_usesConfiguredPeriods_andNamesTheConfiguredRuleSet() {
        // e.g. food and drug penalties published for at least one year (令第58号, credit-rules §3)
        Map<Severity, PublicityPeriod> periods = new EnumMap<>(Severity.class);
        periods.put(Severity.MINOR, new PublicityPeriod(Period.ofMonths(1), Period.ofMonths(6)));
        periods.put(Severity.GENERAL, new PublicityPeriod(Period.ofYears(1), Period.ofYears(2)));
        periods.put(Severity.SERIOUS, new PublicityPeriod(Period.ofYears(3), Period.ofYears(5)));
        PublicityPeriodPolicy policy = new PublicityPeriodPolicy("food-drugs-2026.1", periods);

        assertThat(policy.ruleSet()).isEqualTo("food-drugs-2026.1");
        assertThat(policy.penaltyWindow(Severity.MINOR, LocalDate.of(2025, 9, 26))).isEqualTo(new PublicityWindow(
                LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 26), LocalDate.of(2026, 3, 26), "food-drugs-2026.1"));
        assertThat(policy.penaltyWindow(Severity.GENERAL, LocalDate.of(2025, 9, 26))).isEqualTo(new PublicityWindow(
                LocalDate.of(2025, 9, 26), LocalDate.of(2026, 9, 26), LocalDate.of(2027, 9, 26), "food-drugs-2026.1"));
        assertThat(policy.penaltyWindow(Severity.SERIOUS, LocalDate.of(2025, 9, 26))).isEqualTo(new PublicityWindow(
                LocalDate.of(2025, 9, 26), LocalDate.of(2028, 9, 26), LocalDate.of(2030, 9, 26), "food-drugs-2026.1"));
        assertThat(policy.licenceWindow(LocalDate.of(2025, 9, 26)))
                .isEqualTo(new PublicityWindow(LocalDate.of(2025, 9, 26), null, null, "food-drugs-2026.1"));
    }

    @Test
    void constructor_copiesThePeriods_soLaterChangesToTheMapDoNotLeakIn() {
        Map<Severity, PublicityPeriod> periods = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            periods.put(severity, new PublicityPeriod(Period.ofMonths(1), Period.ofMonths(2)));
        }
        PublicityPeriodPolicy policy = new PublicityPeriodPolicy("local-1", periods);
        periods.put(Severity.SERIOUS, new PublicityPeriod(Period.ofYears(9), Period.ofYears(9)));

        assertThat(policy.periodOf(Severity.SERIOUS))
                .isEqualTo(new PublicityPeriod(Period.ofMonths(1), Period.ofMonths(2)));
    }

    @Test
    void publicityPeriod_isRefused_whenTheMinimumExceedsTheMaximum() {
        assertThatThrownBy(() -> new PublicityPeriod(Period.ofYears(1), Period.ofMonths(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimum P1Y must be between zero and maximum P3M");
    }

    @Test
    void publicityPeriod_isRefused_whenTheMinimumIsNegative() {
        assertThatThrownBy(() -> new PublicityPeriod(Period.ofMonths(-1), Period.ofMonths(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimum P-1M must be between zero and maximum P3M");
    }

    @Test
    void publicityPeriod_accepts_equalMinimumAndMaximum() {
        assertThat(new PublicityPeriod(Period.ofYears(1), Period.ofMonths(12)).minimum()).isEqualTo(Period.ofYears(1));
    }

    @Test
    void constructor_isRefused_whenASeverityHasNoPeriod() {
        Map<Severity, PublicityPeriod> periods = new EnumMap<>(Severity.class);
        periods.put(Severity.MINOR, new PublicityPeriod(Period.ZERO, Period.ofMonths(3)));
        periods.put(Severity.GENERAL, new PublicityPeriod(Period.ofMonths(3), Period.ofYears(1)));

        assertThatThrownBy(() -> new PublicityPeriodPolicy("incomplete-1", periods))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("no publicity period for SERIOUS");
    }

    @Test
    void constructor_isRefused_whenTheRuleSetHasNoName() {
        Map<Severity, PublicityPeriod> periods = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            periods.put(severity, new PublicityPeriod(Period.ZERO, Period.ofMonths(3)));
        }

        assertThatThrownBy(() -> new PublicityPeriodPolicy(" ", periods))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rule set needs a name");
    }

    @Test
    void window_isOpen_fromItsStart_untilTheDayBeforeItsLatestEnd() {
        PublicityWindow window = defaults.penaltyWindow(Severity.GENERAL, LocalDate.of(2025, 9, 26));

        assertThat(window.isOpenOn(LocalDate.of(2025, 9, 25))).isFalse();
        assertThat(window.isOpenOn(LocalDate.of(2025, 9, 26))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2026, 9, 25))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2026, 9, 26))).isFalse();
        assertThat(defaults.licenceWindow(LocalDate.of(2025, 9, 26)).isOpenOn(LocalDate.of(2099, 12, 31))).isTrue();
    }
}
