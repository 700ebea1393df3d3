package dev.publiccredit.ledger.core.record.command;

import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** Revoke a record because its decision was revoked or declared void by the document named. */
public record RevokeRecord(
        @TargetAggregateIdentifier RecordId recordId,
        String revokingDocumentNumber,
        LocalDate revokedOn,
        String reason,
        Instant submittedAt,
        LocalDate submittedOn,
        @TargetAggregateVersion @Nullable Long expectedVersion) {
}
