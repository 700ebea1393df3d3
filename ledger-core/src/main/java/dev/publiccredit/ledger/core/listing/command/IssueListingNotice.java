package dev.publiccredit.ledger.core.listing.command;

import dev.publiccredit.ledger.core.listing.event.ListingParticulars;
import dev.publiccredit.ledger.core.shared.ListingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Serve the prior notice (告知) of a serious-dishonesty listing: the first step of that listing. Answers a
 * {@link ListingOutcome}; a listing with this id (derived from department and source listing id) already existing,
 * nothing is stored.
 */
public record IssueListingNotice(
        @TargetAggregateIdentifier ListingId listingId,
        ListingParticulars particulars,
        String noticeDocumentNumber,
        LocalDate noticedOn,
        String removalConditions,
        Instant submittedAt,
        LocalDate submittedOn) {
}
