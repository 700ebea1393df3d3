package dev.publiccredit.ledger.core.dispute.command;

import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.record.command.RequestedChange;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Decides the open objection, or its review. {@code changes} are required for CORRECT and SUPPLEMENT,
 * {@code annotation} for ANNOTATE, {@code listingId} for REMOVE_FROM_LIST.
 */
public record DecideObjection(
        @TargetAggregateIdentifier RecordId recordId,
        ObjectionId objectionId,
        ObjectionOutcome outcome,
        String reasoning,
        @Nullable String annotation,
        List<RequestedChange> changes,
        @Nullable ListingId listingId,
        LocalDate today,
        Instant now) {
}
