package dev.publiccredit.ledger.projections.listing;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The joint measures in force for a subject on {@code on}: restrictions (联合惩戒) and incentives (联合激励), each with
 * its end date and the listing it comes from, and those listings.
 */
public record SubjectMeasuresView(String subjectCode, LocalDate on, List<ActiveMeasure> restrictions,
                                  List<ActiveMeasure> incentives, List<ListingSummary> listings) {

    /** A measure in force; {@code endsOn} is its first day out of force, {@code null} while its listing lasts. */
    public record ActiveMeasure(String code, String description, String legalBasis, LocalDate startsOn,
                                @Nullable LocalDate endsOn, String listingId, String listingKind) {
    }
}
