package dev.publiccredit.ledger.core.record.command;

import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ends the disclosure of a record whose publicity window has run out by {@code today}. Idempotent: sent by the
 * expiry sweep, possibly more than once and from several instances; the record applies
 * {@code DisclosureEnded(PUBLICITY_EXPIRED)} once and answers {@code false} (nothing stored) every other time, and
 * when the window has not ended, has no end, or the record is revoked or deleted.
 */
public record ExpirePublicity(@TargetAggregateIdentifier RecordId recordId, LocalDate today, Instant now) {
}
