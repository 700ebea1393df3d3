package dev.publiccredit.ledger.core.dispute.command;

import dev.publiccredit.ledger.core.dispute.event.ObjectionGround;
import dev.publiccredit.ledger.core.dispute.event.Objector;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The subject objects to a record. {@code objectionId} is fresh; if an open objection with the same objector,
 * ground and statement exists, the answer names it as a duplicate and nothing is stored.
 */
public record RaiseObjection(
        @TargetAggregateIdentifier RecordId recordId,
        ObjectionId objectionId,
        Objector objector,
        ObjectionGround ground,
        String statement,
        List<String> evidence,
        LocalDate today,
        Instant now) {
}
