package dev.publiccredit.ledger.core.dispute.command;

import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Extends the decision deadline once, giving the reason.
 */
public record ExtendObjectionDeadline(
        @TargetAggregateIdentifier RecordId recordId,
        ObjectionId objectionId,
        String reason,
        LocalDate today,
        Instant now) {
}
