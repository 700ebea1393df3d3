package dev.publiccredit.ledger.core.listing.command;

import dev.publiccredit.ledger.core.shared.ListingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The listing decision after a notice: lists the subject on {@code listedOn}, which must not be before the notice's
 * earliest decision date. {@code periodMonths} {@code null} means the kind's maximum; {@code removalConditions}
 * {@code null} keeps the conditions stated in the notice.
 */
public record DecideListing(
        @TargetAggregateIdentifier ListingId listingId,
        String decisionDocumentNumber,
        LocalDate listedOn,
        @Nullable Integer periodMonths,
        @Nullable String removalConditions,
        Instant submittedAt,
        LocalDate submittedOn) {
}
