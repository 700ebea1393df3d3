package dev.publiccredit.ledger.core.listing.command;

import dev.publiccredit.ledger.core.listing.event.ListingRemovalReason;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Remove a listing before its end, or withdraw a notice. {@code objectionId} may name the upheld objection (reason
 * OBJECTION_UPHELD only).
 */
public record RemoveListing(
        @TargetAggregateIdentifier ListingId listingId,
        ListingRemovalReason reason,
        String explanation,
        LocalDate removedOn,
        @Nullable ObjectionId objectionId,
        Instant submittedAt,
        LocalDate submittedOn) {
}
