package dev.publiccredit.ledger.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of the official calendar: a statutory holiday or a weekend make-up working day.
 *
 * @param date the calendar date
 * @param kind whether the date is a day off or a make-up working day
 * @param name the holiday it belongs to, e.g. {@code "春节 Spring Festival"}; not blank
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("calendar day " + date + " has a blank name");
        }
    }
}
