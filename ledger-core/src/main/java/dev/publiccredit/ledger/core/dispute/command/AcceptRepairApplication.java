package dev.publiccredit.ledger.core.dispute.command;

import dev.publiccredit.ledger.core.dispute.event.RepairRefusalReason;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The handler accepts the application for decision, or ({@code accepted} false) does not, with a reason.
 */
public record AcceptRepairApplication(
        @TargetAggregateIdentifier RecordId recordId,
        RepairApplicationId applicationId,
        boolean accepted,
        @Nullable RepairRefusalReason reason,
        String explanation,
        LocalDate today,
        Instant now) {
}
