package dev.publiccredit.ledger.core.record.command;

import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Correct fields of a record, giving the reason. {@code expectedVersion}, when given, must be the record's current
 * version (optimistic concurrency: the client corrects what it last read).
 */
public record CorrectRecord(
        @TargetAggregateIdentifier RecordId recordId,
        List<RequestedChange> changes,
        String reason,
        Instant submittedAt,
        LocalDate submittedOn,
        @TargetAggregateVersion @Nullable Long expectedVersion) {

    public CorrectRecord {
        changes = List.copyOf(changes);
    }
}
