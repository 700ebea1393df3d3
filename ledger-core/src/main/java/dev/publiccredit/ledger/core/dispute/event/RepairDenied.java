package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The repair was not granted, with the stated reason.
 */
@Revision("1")
public record RepairDenied(
        RecordId recordId,
        RepairApplicationId applicationId,
        RepairRefusalReason reason,
        String explanation,
        LocalDate decidedOn,
        boolean onTime,
        Instant recordedAt) {
}
