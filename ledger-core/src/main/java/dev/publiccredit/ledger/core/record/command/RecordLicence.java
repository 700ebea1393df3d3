package dev.publiccredit.ledger.core.record.command;

import dev.publiccredit.ledger.core.record.event.LicenceDetails;
import dev.publiccredit.ledger.core.record.event.RecordSource;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Record an administrative licence submitted by its source department. Answers a {@link RecordOutcome}; a
 * submission whose record already exists stores nothing.
 */
public record RecordLicence(
        @TargetAggregateIdentifier RecordId recordId,
        RecordSource source,
        SubjectDescription subject,
        LicenceDetails details,
        DisclosureClass disclosure,
        Instant submittedAt,
        LocalDate submittedOn) {
}
