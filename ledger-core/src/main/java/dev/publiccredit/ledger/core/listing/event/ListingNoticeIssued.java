package dev.publiccredit.ledger.core.listing.event;

import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The prior notice (告知) of a serious-dishonesty listing was served on {@code noticedOn}: the subject is told the
 * reasons and the basis ({@code particulars}), the removal conditions and its rights before it is listed
 * (国办发〔2020〕49号 §§6-8). Decided values: {@code waitingPeriod}, the working days the subject has to answer, and
 * {@code earliestDecisionOn}, the day after its last day, the first day a listing decision may be taken.
 */
@Revision("1")
public record ListingNoticeIssued(
        ListingId listingId,
        ListingKind kind,
        ListingParticulars particulars,
        String noticeDocumentNumber,
        LocalDate noticedOn,
        String removalConditions,
        WorkingDayDeadline waitingPeriod,
        LocalDate earliestDecisionOn,
        String ruleSet,
        Instant recordedAt) {
}
