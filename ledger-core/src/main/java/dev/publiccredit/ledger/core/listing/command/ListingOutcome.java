package dev.publiccredit.ledger.core.listing.command;

import dev.publiccredit.ledger.core.shared.ListingId;

/** The answer to creating a listing: its id, and whether it already existed (in which case nothing was stored). */
public record ListingOutcome(ListingId listingId, boolean duplicate) {
}
