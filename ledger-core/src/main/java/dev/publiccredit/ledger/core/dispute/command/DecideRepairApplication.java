package dev.publiccredit.ledger.core.dispute.command;

import dev.publiccredit.ledger.core.dispute.event.RepairRefusalReason;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The department grants the accepted application, or denies it with a reason.
 */
public record DecideRepairApplication(
        @TargetAggregateIdentifier RecordId recordId,
        RepairApplicationId applicationId,
        boolean granted,
        @Nullable RepairRefusalReason reason,
        String explanation,
        LocalDate today,
        Instant now) {
}
