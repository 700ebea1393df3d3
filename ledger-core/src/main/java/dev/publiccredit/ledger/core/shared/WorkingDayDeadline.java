package dev.publiccredit.ledger.core.shared;

import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * A deadline counted in working days and decided when it was set: {@code dueOn} is {@code from} plus
 * {@code workingDays} working days (the start day not counted; credit-rules §7) under the calendar data
 * {@code calendarVersion}. {@code calendarCovered} is false when the period ran into a year the calendar has no
 * official data for, in which case plain Monday-to-Friday weeks were counted. Work done on {@code dueOn} is on time.
 */
public record WorkingDayDeadline(LocalDate from, int workingDays, LocalDate dueOn, String calendarVersion,
                                 boolean calendarCovered) {

    public static WorkingDayDeadline after(WorkingDayCalendar calendar, LocalDate from, int workingDays) {
        LocalDate due = calendar.addWorkingDays(from, workingDays);
        return new WorkingDayDeadline(from, workingDays, due, calendar.version(), calendar.covers(from, due));
    }

    /** Whether something done on {@code day} meets this deadline. */
    public boolean isMetOn(LocalDate day) {
        return !day.isAfter(dueOn);
    }

    /** Whether the deadline has passed on {@code today} with the work still undone. */
    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
