package dev.publiccredit.ledger.projections.listing;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A listing in a subject's answers: what list, by whom, since and until when; {@code measuresLiftedByRepair} says
 * whether a repair of its basis record lifts its measures on the day asked about.
 */
public record ListingSummary(String listingId, String kind, ListingStatus status, String department,
                             String sourceListingId, @Nullable String basisRecordId, String decisionDocumentNumber,
                             LocalDate listedOn, @Nullable LocalDate endsOn, boolean measuresLiftedByRepair) {
}
