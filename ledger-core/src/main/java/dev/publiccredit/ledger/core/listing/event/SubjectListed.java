package dev.publiccredit.ledger.core.listing.event;

import dev.publiccredit.ledger.core.shared.ListingId;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The subject was put on a list by the decision {@code decisionDocumentNumber} of {@code listedOn}. Decided values:
 * {@code endsOn} ({@code listedOn} plus {@code periodMonths}, at most the kind's configured maximum; both {@code null}
 * for a list without end), {@code earliestEarlyRemovalOn} (serious dishonesty: {@code listedOn} plus the configured
 * minimum; {@code null} when early removal has no minimum), and the {@code measures} applied from the catalogue
 * {@code catalogueVersion}, under the rule set {@code ruleSet}.
 */
@Revision("1")
public record SubjectListed(
        ListingId listingId,
        ListingKind kind,
        ListingParticulars particulars,
        String decisionDocumentNumber,
        LocalDate listedOn,
        @Nullable Integer periodMonths,
        @Nullable LocalDate endsOn,
        @Nullable LocalDate earliestEarlyRemovalOn,
        String removalConditions,
        List<AppliedMeasure> measures,
        String catalogueVersion,
        String ruleSet,
        Instant recordedAt) {

    public SubjectListed {
        measures = List.copyOf(measures);
    }
}
