package dev.publiccredit.ledger.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.publiccredit.ledger.core.calendar.command.PublishCalendarYear;
import dev.publiccredit.ledger.core.calendar.event.CalendarYearPublished;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalendarYearTest {

    static final Instant AT = Instant.parse("2026-11-04T02:00:00Z");
    static final String SOURCE = "国办发明电〔2026〕7号";
    static final CalendarDay NATIONAL_DAY = new CalendarDay(LocalDate.of(2027, 10, 1), DayKind.HOLIDAY, "国庆节");
    static final CalendarDay MAKE_UP = new CalendarDay(LocalDate.of(2027, 9, 26), DayKind.MAKE_UP_WORKDAY, "国庆节");

    FixtureConfiguration<CalendarYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CalendarYear.class);
    }

    @Test
    void publish_storesTheDaysInDateOrder_withTheYearsVersion() {
        List<CalendarDay> sorted = List.of(MAKE_UP, NATIONAL_DAY);
        fixture.givenNoPriorActivity()
                .when(PublishCalendarYear.of(2027, List.of(NATIONAL_DAY, MAKE_UP), " " + SOURCE + " ", AT))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(new CalendarYearPublished(2027, sorted, CalendarYear.versionOf(2027, sorted), SOURCE,
                        AT));
        assertThat(CalendarYear.versionOf(2027, sorted)).startsWith("cn-2027-")
                .isEqualTo(WorkingDayCalendar.of(java.util.Set.of(2027), sorted).version());
    }

    @Test
    void publishingTheSameAgain_storesNothing() {
        List<CalendarDay> sorted = List.of(MAKE_UP, NATIONAL_DAY);
        fixture.given(new CalendarYearPublished(2027, sorted, CalendarYear.versionOf(2027, sorted), SOURCE, AT))
                .when(PublishCalendarYear.of(2027, List.of(NATIONAL_DAY, MAKE_UP), SOURCE, AT))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void aCorrection_isANewPublication() {
        List<CalendarDay> first = List.of(NATIONAL_DAY);
        List<CalendarDay> corrected = List.of(MAKE_UP, NATIONAL_DAY);
        fixture.given(new CalendarYearPublished(2027, first, CalendarYear.versionOf(2027, first), SOURCE, AT))
                .when(PublishCalendarYear.of(2027, corrected, SOURCE, AT))
                .expectResultMessagePayload(true)
                .expectEvents(new CalendarYearPublished(2027, corrected, CalendarYear.versionOf(2027, corrected),
                        SOURCE, AT));
    }

    @Test
    void badDays_areRefused_namingEachOne() {
        CalendarDay otherYear = new CalendarDay(LocalDate.of(2028, 1, 3), DayKind.HOLIDAY, "元旦");
        CalendarDay weekdayMakeUp = new CalendarDay(LocalDate.of(2027, 9, 27), DayKind.MAKE_UP_WORKDAY, "国庆节");
        fixture.givenNoPriorActivity()
                .when(PublishCalendarYear.of(2027, List.of(NATIONAL_DAY, otherYear, weekdayMakeUp, NATIONAL_DAY),
                        SOURCE, AT))
                .expectException(InvalidRecordContent.class)
                .expectNoEvents();
        assertThat(CalendarYearRules.check(2027, List.of(NATIONAL_DAY, otherYear, weekdayMakeUp, NATIONAL_DAY),
                " ")).extracting(FieldViolation::field)
                .containsExactly("sourceDocument", "days[1].date", "days[2].kind", "days[3].date");
    }

    @Test
    void aHolidayOfWeekendDaysOnly_isRefused() {
        CalendarDay saturday = new CalendarDay(LocalDate.of(2027, 10, 2), DayKind.HOLIDAY, "周末");
        assertThat(CalendarYearRules.check(2027, List.of(NATIONAL_DAY, saturday), SOURCE))
                .extracting(FieldViolation::field).containsExactly("days[1].kind");
        assertThat(CalendarYearRules.check(2027, List.of(MAKE_UP), SOURCE))
                .extracting(FieldViolation::field).containsExactly("days");
        assertThat(CalendarYearRules.checkYear(1999)).extracting(FieldViolation::field).containsExactly("year");
    }
}
