package dev.publiccredit.ledger.core.policy;

import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.record.event.DoublePublicityTimeliness;

import java.time.LocalDate;

/**
 * The working-day deadlines of double publicity: a decision is published within {@code publicationWorkingDays}
 * working days (7: 国办发〔2015〕51号 §18), and the publication of a revoked decision is withdrawn within
 * {@code withdrawalWorkingDays} working days (3: 行政处罚法 art. 48). The start day is not counted.
 */
public final class DoublePublicityPolicy {

    private final WorkingDayCalendar calendar;
    private final int publicationWorkingDays;
    private final int withdrawalWorkingDays;

    public DoublePublicityPolicy(WorkingDayCalendar calendar, int publicationWorkingDays, int withdrawalWorkingDays) {
        if (publicationWorkingDays < 1 || withdrawalWorkingDays < 1) {
            throw new IllegalArgumentException("deadlines are at least one working day");
        }
        this.calendar = calendar;
        this.publicationWorkingDays = publicationWorkingDays;
        this.withdrawalWorkingDays = withdrawalWorkingDays;
    }

    public static DoublePublicityPolicy nationalDefaults(WorkingDayCalendar calendar) {
        return new DoublePublicityPolicy(calendar, 7, 3);
    }

    /** Whether a record decided on {@code decisionDate} and submitted on {@code submittedOn} was on time. */
    public DoublePublicityTimeliness assess(LocalDate decisionDate, LocalDate submittedOn) {
        LocalDate deadline = calendar.addWorkingDays(decisionDate, publicationWorkingDays);
        return new DoublePublicityTimeliness(decisionDate, submittedOn, publicationWorkingDays, deadline,
                !submittedOn.isAfter(deadline), calendar.version(), calendar.covers(decisionDate, deadline));
    }

    /** The last day to withdraw the publication of a record revoked on {@code revokedOn}. */
    public LocalDate withdrawalDeadline(LocalDate revokedOn) {
        return calendar.addWorkingDays(revokedOn, withdrawalWorkingDays);
    }
}
