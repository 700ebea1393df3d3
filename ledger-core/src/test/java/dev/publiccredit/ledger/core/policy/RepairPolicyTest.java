package dev.publiccredit.ledger.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.publiccredit.ledger.core.calendar.OfficialCalendars;
import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.dispute.event.MaterialType;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The repair rules (default: accept within 3 working days, decide within 10 of acceptance; 22号) under the official
 * calendar. Around the 2026 Spring Festival: Saturday 02-14 is a make-up working day, 02-15..23 are holidays,
 * Saturday 02-28 is a make-up working day. Every expected date is counted by hand in the comment and was checked
 * with shared/reference/working_days.py.
 */
class RepairPolicyTest {

    static final WorkingDayCalendar CALENDAR = OfficialCalendars.calendar2025And2026();
    static final String CALENDAR_VERSION = "cn-2025-2026-e74538490346";

    final RepairPolicy defaults = RepairPolicy.defaults(CALENDAR);

    @Test
    void acceptanceDeadline_isThreeWorkingDaysLater_acrossTheSpringFestival() {
        // Thursday 02-12: 02-13 (1), Saturday 02-14 (2), holidays 02-15..23, 02-24 (3)
        assertThat(defaults.acceptanceDeadline(LocalDate.of(2026, 2, 12))).isEqualTo(new WorkingDayDeadline(
                LocalDate.of(2026, 2, 12), 3, LocalDate.of(2026, 2, 24), CALENDAR_VERSION, true));
    }

    @Test
    void decisionDeadline_isTenWorkingDaysAfterAcceptance_countingTheMakeUpSaturday() {
        // Tuesday 02-24: 02-25 (1), 02-26 (2), 02-27 (3), Saturday 02-28 (4), 03-02..06 (5-9), 03-09 (10)
        assertThat(defaults.decisionDeadline(LocalDate.of(2026, 2, 24))).isEqualTo(new WorkingDayDeadline(
                LocalDate.of(2026, 2, 24), 10, LocalDate.of(2026, 3, 9), CALENDAR_VERSION, true));
    }

    @ParameterizedTest(name = "accepted {0}: decide by {1}")
    @CsvSource({
        // Thursday 02-12: 02-13 (1), 02-14 (2), 02-24..27 (3-6), 02-28 (7), 03-02 (8), 03-03 (9), 03-04 (10)
        "2026-02-12, 2026-03-04",
        // Friday 02-27: Saturday 02-28 (1), 03-02..06 (2-6), 03-09..12 (7-10)
        "2026-02-27, 2026-03-12",
    })
    void decisionDeadline_acrossTheSecondMakeUpSaturday(LocalDate accepted, LocalDate due) {
        assertThat(defaults.decisionDeadline(accepted).dueOn()).isEqualTo(due);
    }

    @Test
    void acceptanceDeadline_fromAFridayBeforeTheHolidays() {
        // Friday 02-13: Saturday 02-14 (1), 02-24 (2), 02-25 (3)
        assertThat(defaults.acceptanceDeadline(LocalDate.of(2026, 2, 13)).dueOn()).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void isRepairable_comparesViolationTypesIgnoringCaseAndSurroundingSpaces() {
        RepairPolicy strict = new RepairPolicy(CALENDAR, 3, 10, Set.of("Food Safety Fraud ", "食品安全"), "local-1");

        assertThat(strict.isRepairable(" food safety fraud")).isFalse();
        assertThat(strict.isRepairable("食品安全 ")).isFalse();
        assertThat(strict.isRepairable("虚假宣传")).isTrue();
        assertThat(defaults.isRepairable("食品安全")).isTrue();
    }

    @Test
    void requiredMaterials_areTheProofAndTheCommitment_forAStandardRepair() {
        assertThat(defaults.requiredMaterials(RepairKind.STANDARD))
                .containsExactlyInAnyOrder(MaterialType.OBLIGATION_FULFILMENT_PROOF, MaterialType.CREDIT_COMMITMENT);
    }

    @Test
    void requiredMaterials_areTheCourtRulingAndTheCommitment_forAReorganisation() {
        assertThat(defaults.requiredMaterials(RepairKind.REORGANISATION))
                .containsExactlyInAnyOrder(MaterialType.COURT_RULING, MaterialType.CREDIT_COMMITMENT);
    }

    @Test
    void defaults_nameTheirRuleSet() {
        assertThat(defaults.ruleSet()).isEqualTo("cn-credit-repair-22-2026.1");
    }

    @Test
    void constructor_refusesDeadlinesOfNoWorkingDays_andAnUnnamedRuleSet() {
        assertThatThrownBy(() -> new RepairPolicy(CALENDAR, 0, 10, Set.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepairPolicy(CALENDAR, 3, 0, Set.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepairPolicy(CALENDAR, 3, 10, Set.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
