package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Temporary measures for a reorganising enterprise were made final once the plan was performed: the record
 * counts as repaired (已修复) from {@code finalisedOn}.
 */
@Revision("1")
public record RepairFinalised(
        RecordId recordId,
        RepairApplicationId applicationId,
        String explanation,
        LocalDate finalisedOn,
        Instant recordedAt) {
}
