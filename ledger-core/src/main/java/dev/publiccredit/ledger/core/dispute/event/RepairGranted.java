package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The repair was granted. A {@code DisclosureEnded} (REPAIRED, or TEMPORARILY_HIDDEN when {@code temporary})
 * follows in the same transaction; measures the record triggered are lifted from {@code grantedOn}.
 */
@Revision("1")
public record RepairGranted(
        RecordId recordId,
        RepairApplicationId applicationId,
        boolean temporary,
        String explanation,
        LocalDate grantedOn,
        boolean onTime,
        Instant recordedAt) {
}
