package dev.publiccredit.ledger.core.record.command;

import dev.publiccredit.ledger.core.record.event.PenaltyDetails;
import dev.publiccredit.ledger.core.record.event.RecordSource;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.Severity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Record an administrative penalty submitted by its source department. {@code submittedAt} and
 * {@code submittedOn} (the same moment as a date in the platform's time zone) come from the API's clock.
 * Answers a {@link RecordOutcome}; a submission whose record already exists stores nothing.
 */
public record RecordPenalty(
        @TargetAggregateIdentifier RecordId recordId,
        RecordSource source,
        SubjectDescription subject,
        PenaltyDetails details,
        DisclosureClass disclosure,
        Severity severity,
        Instant submittedAt,
        LocalDate submittedOn) {
}
