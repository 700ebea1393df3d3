package dev.publiccredit.ledger.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.publiccredit.ledger.core.calendar.OfficialCalendars;
import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The objection deadlines (default 5 / 20 / 5 working days, Zhejiang art. 31) under the official calendar. Around the
 * 2026 Spring Festival: Saturday 02-14 is a make-up working day, 02-15..23 are holidays, Saturday 02-28 is a make-up
 * working day. Every expected date is counted by hand in the comment and was checked with
 * shared/reference/working_days.py.
 */
class ObjectionPolicyTest {

    static final WorkingDayCalendar CALENDAR = OfficialCalendars.calendar2025And2026();
    static final String CALENDAR_VERSION = "cn-2025-2026-e74538490346";

    final ObjectionPolicy defaults = ObjectionPolicy.defaults(CALENDAR);

    @Test
    void decisionDeadline_isFiveWorkingDaysLater_acrossTheSpringFestival() {
        // Thursday 02-12: 02-13 (1), Saturday 02-14 (2), holidays, 02-24 (3), 02-25 (4), 02-26 (5)
        assertThat(defaults.decisionDeadline(LocalDate.of(2026, 2, 12))).isEqualTo(new WorkingDayDeadline(
                LocalDate.of(2026, 2, 12), 5, LocalDate.of(2026, 2, 26), CALENDAR_VERSION, true));
    }

    @Test
    void extendedDeadline_isTwentyWorkingDaysFromTheObjection() {
        // 02-13, 02-14, 02-24..27 (3-6), Saturday 02-28 (7), 03-02..06 (8-12), 03-09..13 (13-17), 03-16..18 (18-20)
        assertThat(defaults.extendedDeadline(LocalDate.of(2026, 2, 12))).isEqualTo(new WorkingDayDeadline(
                LocalDate.of(2026, 2, 12), 20, LocalDate.of(2026, 3, 18), CALENDAR_VERSION, true));
    }

    @ParameterizedTest(name = "review requested {0}: due {1}")
    @CsvSource({
        // Friday 02-13: Saturday 02-14 (1), 02-24 (2), 02-25 (3), 02-26 (4), 02-27 (5)
        "2026-02-13, 2026-02-27",
        // on the make-up Saturday itself: 02-24..27 (1-4), Saturday 02-28 (5)
        "2026-02-14, 2026-02-28",
        // during the holidays: the same five days
        "2026-02-20, 2026-02-28",
        // Friday 2025-09-26: Sunday 09-28 (1, make-up), 09-29 (2), 09-30 (3), holidays 10-01..08, 10-09 (4), 10-10 (5)
        "2025-09-26, 2025-10-10",
    })
    void reviewDeadline_isFiveWorkingDaysAfterTheRequest(LocalDate requested, LocalDate due) {
        assertThat(defaults.reviewDeadline(requested).dueOn()).isEqualTo(due);
        assertThat(defaults.reviewDeadline(requested).calendarCovered()).isTrue();
    }

    @Test
    void deadlines_sayTheCalendarDidNotCoverThem_whenTheyRunInto2027() {
        // Monday 2026-12-28: 29, 30, 31, then plain weekdays 2027-01-01 and 01-04
        WorkingDayDeadline deadline = defaults.decisionDeadline(LocalDate.of(2026, 12, 28));

        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(deadline.calendarCovered()).isFalse();
    }

    @Test
    void deadlines_followTheConfiguredNumbers() {
        ObjectionPolicy shandong = new ObjectionPolicy(CALENDAR, 3, 7, 3, "cn-objection-sd39-2026.1");

        // Thursday 02-12 + 3: 02-13, 02-14, 02-24; + 7: ... 02-25, 02-26, 02-27, Saturday 02-28
        assertThat(shandong.decisionDeadline(LocalDate.of(2026, 2, 12)).dueOn()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(shandong.extendedDeadline(LocalDate.of(2026, 2, 12)).dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(shandong.reviewDeadline(LocalDate.of(2026, 2, 12)).workingDays()).isEqualTo(3);
        assertThat(shandong.ruleSet()).isEqualTo("cn-objection-sd39-2026.1");
    }

    @Test
    void defaults_nameTheirRuleSet() {
        assertThat(defaults.ruleSet()).isEqualTo("cn-objection-zj31-2026.1");
    }

    @Test
    void constructor_refusesAnExtensionShorterThanTheFirstDeadline() {
        assertThatThrownBy(() -> new ObjectionPolicy(CALENDAR, 5, 4, 5, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_refusesDeadlinesOfNoWorkingDays_andAnUnnamedRuleSet() {
        assertThatThrownBy(() -> new ObjectionPolicy(CALENDAR, 0, 20, 5, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ObjectionPolicy(CALENDAR, 5, 20, 0, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ObjectionPolicy(CALENDAR, 5, 20, 5, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
