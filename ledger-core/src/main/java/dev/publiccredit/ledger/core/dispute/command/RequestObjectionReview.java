package dev.publiccredit.ledger.core.dispute.command;

import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The subject asks for the one review (复核) of a decided objection.
 */
public record RequestObjectionReview(
        @TargetAggregateIdentifier RecordId recordId,
        ObjectionId objectionId,
        String grounds,
        LocalDate today,
        Instant now) {
}
