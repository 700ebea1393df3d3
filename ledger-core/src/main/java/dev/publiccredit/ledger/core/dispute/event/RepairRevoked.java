package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A granted repair was revoked (false materials), or temporary measures ended (reorganisation not
 * performed). If the window is still open a {@code DisclosureResumed} follows in the same transaction; lifted measures
 * apply again from {@code revokedOn}.
 */
@Revision("1")
public record RepairRevoked(
        RecordId recordId,
        RepairApplicationId applicationId,
        RepairRevocationReason reason,
        String explanation,
        LocalDate revokedOn,
        Instant recordedAt) {
}
