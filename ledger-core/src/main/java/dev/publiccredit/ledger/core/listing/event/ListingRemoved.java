package dev.publiccredit.ledger.core.listing.event;

import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The listing (or the notice of one) was removed on {@code removedOn} for {@code reason}; its measures stop applying
 * on that day. {@code objectionId} names the upheld objection for {@code OBJECTION_UPHELD}, if known. Removal is
 * announced through the channel of the listing (Henan art. 37).
 */
@Revision("1")
public record ListingRemoved(
        ListingId listingId,
        ListingKind kind,
        String subjectCode,
        ListingRemovalReason reason,
        String explanation,
        LocalDate removedOn,
        @Nullable ObjectionId objectionId,
        Instant recordedAt) {
}
