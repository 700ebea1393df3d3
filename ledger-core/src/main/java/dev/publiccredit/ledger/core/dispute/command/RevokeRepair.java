package dev.publiccredit.ledger.core.dispute.command;

import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Revokes a granted repair (false materials) or ends temporary reorganisation measures.
 */
public record RevokeRepair(
        @TargetAggregateIdentifier RecordId recordId,
        RepairApplicationId applicationId,
        RepairRevocationReason reason,
        String explanation,
        LocalDate today,
        Instant now) {
}
