package dev.publiccredit.ledger.core.record.event;

import java.time.LocalDate;

/**
 * Whether a licence or penalty reached the platform within the double-publicity deadline (双公示: online within 7
 * working days of the decision; 国办发〔2015〕51号 §18), decided when it was submitted. {@code deadline} is the
 * decision date plus {@code workingDays} working days under the calendar data {@code calendarVersion};
 * {@code calendarCovered} is false when the period ran through a year the calendar has no official data for, in
 * which case plain Monday-to-Friday weeks were counted.
 */
public record DoublePublicityTimeliness(LocalDate decisionDate, LocalDate submittedOn, int workingDays,
                                        LocalDate deadline, boolean onTime, String calendarVersion,
                                        boolean calendarCovered) {
}
