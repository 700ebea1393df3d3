package dev.publiccredit.ledger.core.calendar;

import static dev.publiccredit.ledger.core.calendar.DayKind.HOLIDAY;
import static dev.publiccredit.ledger.core.calendar.DayKind.MAKE_UP_WORKDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    static final WorkingDayCalendar OFFICIAL = OfficialCalendars.calendar2025And2026();

    @Test
    void fixture_matchesTheReferenceScript_holidayAndMakeUpCounts() {
        List<CalendarDay> days = OfficialCalendars.days2025And2026();
        assertThat(days).filteredOn(d -> d.kind() == HOLIDAY && d.date().getYear() == 2025).hasSize(28);
        assertThat(days).filteredOn(d -> d.kind() == HOLIDAY && d.date().getYear() == 2026).hasSize(33);
        assertThat(days).filteredOn(d -> d.kind() == MAKE_UP_WORKDAY && d.date().getYear() == 2025).hasSize(5);
        assertThat(days).filteredOn(d -> d.kind() == MAKE_UP_WORKDAY && d.date().getYear() == 2026).hasSize(6);
    }

    @Nested
    class AddWorkingDays {

        @ParameterizedTest(name = "{0} + {1} working days = {2}")
        @CsvSource({
            // credit-rules.md §7 and shared/reference/working_days.py
            "2025-09-26, 7, 2025-10-13",
            "2026-02-12, 7, 2026-02-28",
            "2025-01-24, 3, 2025-02-05",
            "2026-09-30, 10, 2026-10-20",
            "2025-04-30, 3, 2025-05-08",
            // plain weeks: Friday + 1 is Monday, the start day is not counted
            "2025-03-07, 1, 2025-03-10",
            "2025-03-03, 5, 2025-03-10",
            // a make-up Saturday counts: Friday 2025-10-10 + 1 is Saturday 2025-10-11
            "2025-10-10, 1, 2025-10-11",
            // starting inside a holiday block: the first working day after 2025-10-01 is 2025-10-09
            "2025-10-01, 1, 2025-10-09",
            // across the year boundary: 2025-12-31 + 1 skips the 2026 New Year block to Sunday 2026-01-04
            "2025-12-31, 1, 2026-01-04",
        })
        void addWorkingDays_returnsTheReferenceDate(LocalDate start, int workingDays, LocalDate expected) {
            assertThat(OFFICIAL.addWorkingDays(start, workingDays)).isEqualTo(expected);
        }

        @Test
        void addWorkingDays_returnsTheMakeUpSaturday_forTheSpringFestival2026Example() {
            LocalDate end = OFFICIAL.addWorkingDays(LocalDate.of(2026, 2, 12), 7);

            assertThat(end).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(end.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        }

        @Test
        void addWorkingDays_returnsTheStart_whenZeroDaysAreAdded() {
            assertThat(OFFICIAL.addWorkingDays(LocalDate.of(2025, 10, 3), 0)).isEqualTo(LocalDate.of(2025, 10, 3));
        }

        @Test
        void addWorkingDays_countsPlainWeeks_outsideTheCoveredYears() {
            // 2027-10-01 is a Friday; without 2027 data it is an ordinary working day.
            assertThat(OFFICIAL.addWorkingDays(LocalDate.of(2027, 9, 30), 1)).isEqualTo(LocalDate.of(2027, 10, 1));
        }

        @Test
        void addWorkingDays_isRejected_whenWorkingDaysIsNegative() {
            assertThatThrownBy(() -> OFFICIAL.addWorkingDays(LocalDate.of(2025, 3, 3), -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-1");
        }

        @Test
        void addWorkingDays_skipsOnlyWeekends_forWeekdaysOnly() {
            WorkingDayCalendar weekdays = WorkingDayCalendar.weekdaysOnly();

            assertThat(weekdays.addWorkingDays(LocalDate.of(2025, 9, 26), 7)).isEqualTo(LocalDate.of(2025, 10, 7));
        }
    }

    @Nested
    class IsWorkingDay {

        @ParameterizedTest(name = "{0} working: {1}")
        @CsvSource({
            "2025-10-11, true",  // Saturday, make-up working day
            "2025-09-28, true",  // Sunday, make-up working day
            "2026-01-04, true",  // Sunday, make-up working day
            "2025-10-01, false", // Wednesday, National Day
            "2025-10-04, false", // Saturday inside the National Day block
            "2025-10-08, false", // Wednesday, last day of the block
            "2025-10-09, true",  // Thursday after the block
            "2025-10-12, false", // plain Sunday
            "2025-03-08, false", // plain Saturday
            "2025-03-10, true",  // plain Monday
            "2027-10-01, true",  // Friday of an uncovered year
        })
        void isWorkingDay_followsTheOfficialCalendar(LocalDate date, boolean expected) {
            assertThat(OFFICIAL.isWorkingDay(date)).isEqualTo(expected);
        }

        @Test
        void isWorkingDay_isFalse_onlyOnWeekends_forWeekdaysOnly() {
            WorkingDayCalendar weekdays = WorkingDayCalendar.weekdaysOnly();

            assertThat(weekdays.isWorkingDay(LocalDate.of(2025, 10, 1))).isTrue();
            assertThat(weekdays.isWorkingDay(LocalDate.of(2025, 10, 11))).isFalse();
        }
    }

    @Nested
    class WorkingDaysIn {

        @Test
        void workingDaysIn_is248_in2025() {
            assertThat(OFFICIAL.workingDaysIn(2025)).isEqualTo(248);
        }

        @Test
        void workingDaysIn_is248_in2026() {
            assertThat(OFFICIAL.workingDaysIn(2026)).isEqualTo(248);
        }

        @Test
        void workingDaysIn_countsMondayToFriday_forAnUncoveredYear() {
            assertThat(OFFICIAL.workingDaysIn(2024)).isEqualTo(262); // leap year starting on a Monday
            assertThat(WorkingDayCalendar.weekdaysOnly().workingDaysIn(2025)).isEqualTo(261);
        }
    }

    @Nested
    class Covers {

        @Test
        void covers_isTrue_forDatesInsideTheCoveredYears() {
            assertThat(OFFICIAL.covers(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))).isTrue();
            assertThat(OFFICIAL.covers(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 10))).isTrue();
            assertThat(OFFICIAL.covers(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1))).isTrue();
        }

        @Test
        void covers_isFalse_whenAnyYearOfTheRangeIsMissing() {
            assertThat(OFFICIAL.covers(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 10))).isFalse();
            assertThat(OFFICIAL.covers(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 2))).isFalse();
            assertThat(OFFICIAL.covers(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1))).isFalse();
        }

        @Test
        void covers_isFalse_whenAYearInTheMiddleIsMissing() {
            WorkingDayCalendar gap = WorkingDayCalendar.of(Set.of(2025, 2027), List.of());

            assertThat(gap.covers(LocalDate.of(2025, 6, 1), LocalDate.of(2027, 6, 1))).isFalse();
            assertThat(gap.covers(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 7, 1))).isTrue();
        }

        @Test
        void covers_isFalse_forWeekdaysOnly() {
            assertThat(WorkingDayCalendar.weekdaysOnly().covers(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)))
                    .isFalse();
            assertThat(WorkingDayCalendar.weekdaysOnly().coveredYears()).isEmpty();
        }

        @Test
        void covers_isRejected_whenTheRangeIsReversed() {
            assertThatThrownBy(() -> OFFICIAL.covers(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void coveredYears_areSortedAndUnmodifiable() {
            assertThat(OFFICIAL.coveredYears()).containsExactly(2025, 2026);
            assertThatThrownBy(() -> OFFICIAL.coveredYears().add(2027))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Validation {

        @Test
        void of_isRejected_whenADayLiesOutsideTheCoveredYears() {
            assertThatThrownBy(() -> WorkingDayCalendar.of(Set.of(2025), OfficialCalendars.days2025And2026()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2026-01-01")
                    .hasMessageContaining("outside the covered years");
        }

        @Test
        void of_isRejected_whenAMakeUpWorkdayIsAWeekday() {
            List<CalendarDay> days = List.of(new CalendarDay(LocalDate.of(2025, 10, 10), MAKE_UP_WORKDAY, "x"));

            assertThatThrownBy(() -> WorkingDayCalendar.of(Set.of(2025), days))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2025-10-10")
                    .hasMessageContaining("FRIDAY");
        }

        @Test
        void of_isRejected_whenADateIsListedTwice() {
            List<CalendarDay> days = List.of(
                    new CalendarDay(LocalDate.of(2025, 10, 1), HOLIDAY, OfficialCalendars.NATIONAL_DAY),
                    new CalendarDay(LocalDate.of(2025, 10, 1), HOLIDAY, OfficialCalendars.NATIONAL_DAY));

            assertThatThrownBy(() -> WorkingDayCalendar.of(Set.of(2025), days))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2025-10-01 is listed twice");
        }

        @Test
        void of_isRejected_whenADateIsBothHolidayAndMakeUpWorkday() {
            List<CalendarDay> days = List.of(
                    new CalendarDay(LocalDate.of(2025, 10, 4), HOLIDAY, OfficialCalendars.NATIONAL_DAY),
                    new CalendarDay(LocalDate.of(2025, 10, 4), MAKE_UP_WORKDAY, OfficialCalendars.NATIONAL_DAY));

            assertThatThrownBy(() -> WorkingDayCalendar.of(Set.of(2025), days))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("listed twice");
        }

        @Test
        void of_acceptsAHolidayOnAWeekend() {
            List<CalendarDay> days = List.of(new CalendarDay(LocalDate.of(2025, 10, 4), HOLIDAY, "x"));

            assertThat(WorkingDayCalendar.of(Set.of(2025), days).isWorkingDay(LocalDate.of(2025, 10, 4))).isFalse();
        }

        @Test
        void calendarDay_isRejected_whenTheNameIsBlank() {
            assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2025, 10, 1), HOLIDAY, " "))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Version {

        @Test
        void version_namesTheYearsAndA12HexDigitHash() {
            assertThat(OFFICIAL.version()).matches("cn-2025-2026-[0-9a-f]{12}");
            assertThat(WorkingDayCalendar.of(Set.of(2025), OfficialCalendars.days2025()).version())
                    .matches("cn-2025-[0-9a-f]{12}");
            assertThat(WorkingDayCalendar.weekdaysOnly().version()).matches("cn-none-[0-9a-f]{12}");
        }

        @Test
        void version_isPinned_forTheOfficial2025And2026Tables() {
            // Events record this string: changing the fingerprint algorithm would silently change its meaning.
            assertThat(OFFICIAL.version()).isEqualTo("cn-2025-2026-e74538490346");
        }

        @Test
        void version_isStable_forEqualDataInAnyOrder() {
            List<CalendarDay> shuffled = new ArrayList<>(OfficialCalendars.days2025And2026());
            Collections.shuffle(shuffled, new Random(42));

            WorkingDayCalendar again = WorkingDayCalendar.of(Set.of(2026, 2025), shuffled);

            assertThat(again.version()).isEqualTo(OFFICIAL.version());
            assertThat(again).isEqualTo(OFFICIAL).hasSameHashCodeAs(OFFICIAL);
        }

        @Test
        void version_differs_whenADayIsRemoved() {
            List<CalendarDay> days = new ArrayList<>(OfficialCalendars.days2025And2026());
            days.removeIf(d -> d.date().equals(LocalDate.of(2026, 2, 28)));

            assertThat(WorkingDayCalendar.of(Set.of(2025, 2026), days).version()).isNotEqualTo(OFFICIAL.version());
        }

        @Test
        void version_differs_whenAKindChanges() {
            List<CalendarDay> days = new ArrayList<>(OfficialCalendars.days2025And2026());
            days.replaceAll(d -> d.date().equals(LocalDate.of(2026, 2, 28))
                    ? new CalendarDay(d.date(), HOLIDAY, d.name())
                    : d);

            assertThat(WorkingDayCalendar.of(Set.of(2025, 2026), days).version()).isNotEqualTo(OFFICIAL.version());
        }

        @Test
        void version_differs_whenANameChanges() {
            List<CalendarDay> days = new ArrayList<>(OfficialCalendars.days2025And2026());
            days.replaceAll(d -> d.date().equals(LocalDate.of(2025, 1, 1))
                    ? new CalendarDay(d.date(), d.kind(), "元旦")
                    : d);

            assertThat(WorkingDayCalendar.of(Set.of(2025, 2026), days).version()).isNotEqualTo(OFFICIAL.version());
        }

        @Test
        void version_differs_whenTheCoveredYearsChange() {
            WorkingDayCalendar withEmpty2027 =
                    WorkingDayCalendar.of(Set.of(2025, 2026, 2027), OfficialCalendars.days2025And2026());

            assertThat(withEmpty2027.version()).startsWith("cn-2025-2027-").isNotEqualTo(OFFICIAL.version());
            assertThat(withEmpty2027).isNotEqualTo(OFFICIAL);
        }
    }
}
