package dev.publiccredit.ledger.core.calendar.event;

import dev.publiccredit.ledger.core.calendar.CalendarDay;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * The official calendar of {@code year} as published: every holiday and make-up working day of the year in date
 * order, replacing what the ledger held for the year before. {@code version} fingerprints this year's data alone
 * (as {@code WorkingDayCalendar.version()} does for a calendar covering only this year, e.g. {@code cn-2027-...});
 * the version of the whole calendar in force, which deadlines record, changes with it. Deadlines already stored
 * are decided values and do not change.
 */
@Revision("1")
public record CalendarYearPublished(
        int year,
        List<CalendarDay> days,
        String version,
        String sourceDocument,
        Instant recordedAt) {
}
