package dev.publiccredit.ledger.core.calendar.command;

import dev.publiccredit.ledger.core.calendar.CalendarDay;
import dev.publiccredit.ledger.core.calendar.CalendarYear;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Publishes the official calendar of {@code year} (the State Council's notice of its holidays and make-up working
 * days), replacing what the ledger held for that year. Idempotent: the same days from the same source store nothing
 * and answer {@code false}.
 *
 * @param calendarYearId {@link CalendarYear#idOf(int)} of {@code year}
 * @param sourceDocument the notice the days come from, e.g. {@code 国办发明电〔2026〕7号}
 */
public record PublishCalendarYear(@TargetAggregateIdentifier String calendarYearId, int year, List<CalendarDay> days,
                                  String sourceDocument, Instant submittedAt) {

    public PublishCalendarYear {
        days = List.copyOf(days);
    }

    public static PublishCalendarYear of(int year, List<CalendarDay> days, String sourceDocument,
                                         Instant submittedAt) {
        return new PublishCalendarYear(CalendarYear.idOf(year), year, days, sourceDocument, submittedAt);
    }
}
