package dev.publiccredit.ledger.core.listing.command;

import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.ListingParticulars;
import dev.publiccredit.ledger.core.shared.ListingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Put a subject directly on a list that needs no prior notice (REDLIST, BUSINESS_ANOMALY); a serious-dishonesty
 * listing is refused with {@code LISTING_NOTICE_REQUIRED}. {@code periodMonths} {@code null} means the kind's maximum.
 * Answers a {@link ListingOutcome}; an existing listing with this id stores nothing.
 */
public record ListSubject(
        @TargetAggregateIdentifier ListingId listingId,
        ListingKind kind,
        ListingParticulars particulars,
        String decisionDocumentNumber,
        LocalDate listedOn,
        @Nullable Integer periodMonths,
        String removalConditions,
        Instant submittedAt,
        LocalDate submittedOn) {
}
