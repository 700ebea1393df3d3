package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The handler did not accept the application (e.g. materials incomplete), stating the reason.
 */
@Revision("1")
public record RepairNotAccepted(
        RecordId recordId,
        RepairApplicationId applicationId,
        RepairRefusalReason reason,
        String explanation,
        LocalDate decidedOn,
        boolean onTime,
        Instant recordedAt) {
}
