package dev.publiccredit.ledger.core.calendar.event;

import dev.publiccredit.ledger.core.EventJsonContract;
import dev.publiccredit.ledger.core.calendar.CalendarDay;
import dev.publiccredit.ledger.core.calendar.DayKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The stored schema of the calendar events (see {@link EventJsonContract}). */
class CalendarEventJsonTest extends EventJsonContract {

    static final CalendarYearPublished PUBLISHED = new CalendarYearPublished(2027, List.of(
            new CalendarDay(LocalDate.of(2027, 4, 3), DayKind.HOLIDAY, "清明节 Qingming Festival"),
            new CalendarDay(LocalDate.of(2027, 4, 5), DayKind.HOLIDAY, "清明节 Qingming Festival"),
            new CalendarDay(LocalDate.of(2027, 4, 11), DayKind.MAKE_UP_WORKDAY, "清明节 Qingming Festival")),
            "cn-2027-0a1b2c3d4e5f", "国办发明电〔2026〕7号", Instant.parse("2026-11-04T02:00:00Z"));

    @Override
    protected String eventPackage() {
        return "dev.publiccredit.ledger.core.calendar.event";
    }

    @Override
    protected Stream<Arguments> events() {
        return Stream.of(Arguments.of(CalendarYearPublished.class.getSimpleName(), PUBLISHED));
    }
}
