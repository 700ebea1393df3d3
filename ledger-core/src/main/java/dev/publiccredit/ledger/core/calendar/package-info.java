/**
 * The official working-day calendar as data: per covered year, the statutory holidays and the weekend make-up
 * working days (调休上班) published by the State Council, plus Monday-Friday weeks everywhere else. Deadlines
 * counted in working days (行政处罚法 art. 85, 行政许可法 art. 82) are computed here with the start day not
 * counted, and {@link dev.publiccredit.ledger.core.calendar.WorkingDayCalendar#version()} names the exact data a
 * decision applied, so that an event can record it and a replay never recomputes against changed data.
 */
@org.jspecify.annotations.NullMarked
package dev.publiccredit.ledger.core.calendar;
