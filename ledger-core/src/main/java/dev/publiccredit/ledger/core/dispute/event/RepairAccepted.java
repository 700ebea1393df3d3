package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The handler accepted the application for decision; {@code decisionDeadline} counts from {@code acceptedOn}.
 */
@Revision("1")
public record RepairAccepted(
        RecordId recordId,
        RepairApplicationId applicationId,
        LocalDate acceptedOn,
        boolean onTime,
        WorkingDayDeadline decisionDeadline,
        Instant recordedAt) {
}
