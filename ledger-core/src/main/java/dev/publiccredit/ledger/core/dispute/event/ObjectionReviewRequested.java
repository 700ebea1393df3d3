package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The subject asked, once, for a review (复核) of the decision. The record is flagged again until the review
 * is decided by {@code reviewDeadline}.
 */
@Revision("1")
public record ObjectionReviewRequested(
        RecordId recordId,
        ObjectionId objectionId,
        String grounds,
        LocalDate requestedOn,
        WorkingDayDeadline reviewDeadline,
        String ruleSet,
        Instant recordedAt) {
}
