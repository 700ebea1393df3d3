package dev.publiccredit.ledger.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.publiccredit.ledger.core.calendar.OfficialCalendars;
import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.record.event.DoublePublicityTimeliness;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoublePublicityPolicyTest {

    static final WorkingDayCalendar CALENDAR = OfficialCalendars.calendar2025And2026();
    /** The fingerprint of the official 2025 and 2026 tables (pinned in WorkingDayCalendarTest). */
    static final String CALENDAR_VERSION = "cn-2025-2026-e74538490346";

    final DoublePublicityPolicy defaults = DoublePublicityPolicy.nationalDefaults(CALENDAR);

    @Test
    void assess_isOnTime_onTheSeventhWorkingDay_acrossNationalDay2025() {
        // credit-rules §7: 2025-09-26 + 7 working days = 2025-10-13 (make-up days 09-28 and 10-11 count)
        assertThat(defaults.assess(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 13)))
                .isEqualTo(new DoublePublicityTimeliness(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 13), 7,
                        LocalDate.of(2025, 10, 13), true, CALENDAR_VERSION, true));
    }

    @Test
    void assess_isLate_theDayAfterTheDeadline() {
        assertThat(defaults.assess(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 14)))
                .isEqualTo(new DoublePublicityTimeliness(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 14), 7,
                        LocalDate.of(2025, 10, 13), false, CALENDAR_VERSION, true));
    }

    @Test
    void assess_endsOnTheMakeUpSaturday_forTheSpringFestival2026Example() {
        // credit-rules §7: 2026-02-12 + 7 working days = 2026-02-28, a make-up Saturday
        assertThat(defaults.assess(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 28)))
                .isEqualTo(new DoublePublicityTimeliness(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 28), 7,
                        LocalDate.of(2026, 2, 28), true, CALENDAR_VERSION, true));
        assertThat(defaults.assess(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 2)).onTime()).isFalse();
    }

    @Test
    void assess_isOnTime_whenSubmittedOnTheDecisionDate() {
        DoublePublicityTimeliness sameDay = defaults.assess(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3));

        assertThat(sameDay.deadline()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(sameDay.onTime()).isTrue();
    }

    @ParameterizedTest(name = "decided {0}: deadline {1}")
    @CsvSource({
        // the period runs into 2027, which has no official data: plain Monday-Friday weeks are counted
        "2026-12-28, 2027-01-06",
        "2027-03-01, 2027-03-10",
    })
    void assess_saysTheCalendarDidNotCoverThePeriod_when2027IsInvolved(LocalDate decided, LocalDate deadline) {
        DoublePublicityTimeliness timeliness = defaults.assess(decided, deadline);

        assertThat(timeliness.deadline()).isEqualTo(deadline);
        assertThat(timeliness.calendarCovered()).isFalse();
        assertThat(timeliness.calendarVersion()).isEqualTo(CALENDAR_VERSION);
    }

    @Test
    void assess_saysTheCalendarCoveredThePeriod_whenItEndsOnTheLastDayOf2026() {
        // 2026-12-22 + 7 working days = 2026-12-31, still inside the covered years
        DoublePublicityTimeliness timeliness = defaults.assess(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 31));

        assertThat(timeliness.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(timeliness.calendarCovered()).isTrue();
    }

    @ParameterizedTest(name = "revoked {0}: withdraw by {1}")
    @CsvSource({
        // 行政处罚法 art. 48: 3 working days; 10-01..10-08 are holidays, Saturday 10-11 is a make-up working day
        "2025-09-30, 2025-10-11",
        "2025-10-09, 2025-10-13",
        // Friday before a plain weekend
        "2025-03-07, 2025-03-12",
        // 2025-01-24 + 3 working days crosses the Spring Festival (credit-rules §7)
        "2025-01-24, 2025-02-05",
    })
    void withdrawalDeadline_isThreeWorkingDaysAfterTheRevocation(LocalDate revokedOn, LocalDate deadline) {
        assertThat(defaults.withdrawalDeadline(revokedOn)).isEqualTo(deadline);
    }

    @Test
    void configuredWorkingDays_areUsed_forBothDeadlines() {
        DoublePublicityPolicy policy = new DoublePublicityPolicy(CALENDAR, 5, 1);

        assertThat(policy.assess(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 10)))
                .isEqualTo(new DoublePublicityTimeliness(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 10), 5,
                        LocalDate.of(2025, 10, 10), true, CALENDAR_VERSION, true));
        assertThat(policy.withdrawalDeadline(LocalDate.of(2025, 9, 30))).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void assess_recordsTheVersionOfTheCalendarItApplied() {
        DoublePublicityPolicy weekdays = DoublePublicityPolicy.nationalDefaults(WorkingDayCalendar.weekdaysOnly());

        DoublePublicityTimeliness timeliness = weekdays.assess(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 13));

        // without the holiday data 2025-09-26 + 7 is simply Tuesday 2025-10-07
        assertThat(timeliness.deadline()).isEqualTo(LocalDate.of(2025, 10, 7));
        assertThat(timeliness.onTime()).isFalse();
        assertThat(timeliness.calendarVersion()).isEqualTo(WorkingDayCalendar.weekdaysOnly().version())
                .isNotEqualTo(CALENDAR_VERSION);
        assertThat(timeliness.calendarCovered()).isFalse();
    }

    @Test
    void constructor_isRefused_whenThePublicationDeadlineIsZero() {
        assertThatThrownBy(() -> new DoublePublicityPolicy(CALENDAR, 0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deadlines are at least one working day");
    }

    @Test
    void constructor_isRefused_whenTheWithdrawalDeadlineIsNegative() {
        assertThatThrownBy(() -> new DoublePublicityPolicy(CALENDAR, 7, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deadlines are at least one working day");
    }
}
