package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision deadline was extended, once, to the configured total (default 20 working days from the
 * objection), for {@code reason}.
 */
@Revision("1")
public record ObjectionDeadlineExtended(
        RecordId recordId,
        ObjectionId objectionId,
        String reason,
        LocalDate extendedOn,
        WorkingDayDeadline decisionDeadline,
        String ruleSet,
        Instant recordedAt) {
}
