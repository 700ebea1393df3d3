package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision behind a record was revoked or declared void (撤销 / 确认无效), by the document
 * {@code revokingDocumentNumber} dated {@code revokedOn}; its disclosure ends. 行政处罚法 art. 48 requires the
 * publication to be withdrawn within 3 working days: {@code withdrawalDeadline} is that date, decided now. A revoked
 * record accepts no further change.
 */
@Revision("1")
public record RecordRevoked(
        RecordId recordId,
        RecordCategory category,
        String subjectCode,
        String revokingDocumentNumber,
        LocalDate revokedOn,
        String reason,
        LocalDate withdrawalDeadline,
        Instant recordedAt) {
}
