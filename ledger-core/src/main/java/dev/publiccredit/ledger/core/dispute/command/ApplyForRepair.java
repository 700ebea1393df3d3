package dev.publiccredit.ledger.core.dispute.command;

import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.dispute.event.RepairMaterial;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The subject applies for credit repair of a record with its materials. Refused (nothing stored) when the
 * record is a licence, too early, not repairable, already has a pending application or lacks materials; an identical
 * application while one is pending answers that one as a duplicate.
 */
public record ApplyForRepair(
        @TargetAggregateIdentifier RecordId recordId,
        RepairApplicationId applicationId,
        String applicant,
        RepairKind kind,
        List<RepairMaterial> materials,
        LocalDate today,
        Instant now) {
}
