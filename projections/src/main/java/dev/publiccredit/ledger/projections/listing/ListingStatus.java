package dev.publiccredit.ledger.projections.listing;

/** Where a listing stands. */
public enum ListingStatus {
    /** Serious dishonesty: the prior notice was served; no decision yet, no measure applies. */
    NOTICE,
    /** On the list; its measures apply within their dates. */
    LISTED,
    /** Removed (or the notice withdrawn) before its end. */
    REMOVED,
    /** Its period ran out. */
    EXPIRED
}
