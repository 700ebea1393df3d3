package dev.publiccredit.ledger.core.listing.command;

import dev.publiccredit.ledger.core.shared.ListingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ends a listing whose period has run out by {@code today}. Idempotent: sent by the expiry sweep, possibly more than
 * once and from several instances; the listing applies {@code ListingExpired} once and answers {@code true}, and
 * answers {@code false} (nothing stored) every other time, before its end, for a listing without end, and once it is
 * removed or expired.
 */
public record ExpireListing(@TargetAggregateIdentifier ListingId listingId, LocalDate today, Instant now) {
}
