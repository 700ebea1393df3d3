package dev.publiccredit.ledger.core.dispute.command;

import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Makes the temporary measures of a reorganisation repair final.
 */
public record FinaliseRepair(
        @TargetAggregateIdentifier RecordId recordId,
        RepairApplicationId applicationId,
        String explanation,
        LocalDate today,
        Instant now) {
}
