/**
 * The database side of the official working-day calendar: reads the yearly holiday and make-up working-day tables
 * that Flyway migrations own ({@code working_day_calendar_year}, {@code working_day_calendar_day}) into the
 * domain's {@link dev.publiccredit.ledger.core.calendar.WorkingDayCalendar}. A new year is published by a new
 * migration only; no code changes.
 */
@org.jspecify.annotations.NullMarked
package dev.publiccredit.ledger.api.calendar;
