package dev.publiccredit.ledger.core.calendar;

import dev.publiccredit.ledger.core.calendar.command.PublishCalendarYear;
import dev.publiccredit.ledger.core.calendar.event.CalendarYearPublished;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The official calendar of one year as the platform administrator published it: each publication (the State
 * Council's notice each autumn, or a correction) is a {@link CalendarYearPublished} event, so that every change of
 * the data deadlines are counted with is in the event store and the tamper-evident log. Years loaded by migration
 * (V2: 2025 and 2026) have no events until they are published again.
 */
public class CalendarYear {

    private static final String ID_PREFIX = "calendar-year-";

    @AggregateIdentifier
    private @Nullable String calendarYearId;
    private List<CalendarDay> days = List.of();
    private String sourceDocument = "";

    protected CalendarYear() {
        // for Axon: created empty, then sourced from its events
    }

    /** The aggregate identifier of {@code year}'s calendar, e.g. {@code calendar-year-2027}. */
    public static String idOf(int year) {
        return ID_PREFIX + year;
    }

    /** The fingerprint of one year's data: the version of a calendar covering only that year. */
    public static String versionOf(int year, List<CalendarDay> days) {
        return WorkingDayCalendar.of(Set.of(year), days).version();
    }

    /** Publishes the year; the same days from the same source again store nothing and answer {@code false}. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(PublishCalendarYear command) {
        if (!command.calendarYearId().equals(idOf(command.year()))) {
            throw new IllegalArgumentException("calendar " + command.calendarYearId() + " is not of " + command.year());
        }
        List<FieldViolation> violations = CalendarYearRules.check(command.year(), command.days(),
                command.sourceDocument());
        if (!violations.isEmpty()) {
            throw new InvalidRecordContent(violations);
        }
        List<CalendarDay> sorted = command.days().stream()
                .map(d -> new CalendarDay(d.date(), d.kind(), d.name().strip()))
                .sorted(Comparator.comparing(CalendarDay::date))
                .toList();
        String source = command.sourceDocument().strip();
        if (calendarYearId != null && sorted.equals(days) && source.equals(sourceDocument)) {
            return false;
        }
        apply(new CalendarYearPublished(command.year(), sorted, versionOf(command.year(), sorted), source,
                command.submittedAt()));
        return true;
    }

    @EventSourcingHandler
    void on(CalendarYearPublished event) {
        calendarYearId = idOf(event.year());
        days = event.days();
        sourceDocument = event.sourceDocument();
    }
}
