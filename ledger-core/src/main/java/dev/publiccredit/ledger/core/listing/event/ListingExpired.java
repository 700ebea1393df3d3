package dev.publiccredit.ledger.core.listing.event;

import dev.publiccredit.ledger.core.shared.ListingId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The listing's period ran out: {@code expiredOn} is its decided end date (the business date, whenever the sweep
 * noticed it). Stored once however often the sweep asks.
 */
@Revision("1")
public record ListingExpired(
        ListingId listingId,
        ListingKind kind,
        String subjectCode,
        LocalDate expiredOn,
        Instant recordedAt) {
}
