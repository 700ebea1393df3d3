package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.ListingId;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The deciding department decided the objection ({@code stage} FIRST) or its review (REVIEW). Its effects on
 * the record are separate events in the same transaction: a {@code RecordCorrected} for CORRECT or SUPPLEMENT, a
 * {@code DisclosureEnded} for DELETE or STOP_DISCLOSURE. {@code listingId} names the listing to remove for
 * REMOVE_FROM_LIST. {@code onTime} compares {@code decidedOn} with the deadline then in force.
 */
@Revision("1")
public record ObjectionDecided(
        RecordId recordId,
        ObjectionId objectionId,
        ObjectionStage stage,
        ObjectionOutcome outcome,
        String reasoning,
        @Nullable String annotation,
        @Nullable ListingId listingId,
        LocalDate decidedOn,
        boolean onTime,
        Instant recordedAt) {
}
