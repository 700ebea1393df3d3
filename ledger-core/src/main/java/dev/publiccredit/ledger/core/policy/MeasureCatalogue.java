package dev.publiccredit.ledger.core.policy;

import dev.publiccredit.ledger.core.listing.event.ListingKind;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The joint measures (联合奖惩措施) each kind of listing triggers, as data: loaded from the database at start-up and
 * named by {@code version}, which every listing stores with the measures it applied.
 */
public record MeasureCatalogue(String version, List<MeasureDefinition> measures) {

    public MeasureCatalogue {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a measure catalogue needs a version");
        }
        measures = List.copyOf(measures);
        Set<String> seen = new HashSet<>();
        for (MeasureDefinition measure : measures) {
            if (!seen.add(measure.kind() + "/" + measure.code())) {
                throw new IllegalArgumentException("measure " + measure.code() + " is listed twice for "
                        + measure.kind());
            }
        }
    }

    /** The measures a listing of {@code kind} applies, in catalogue order. */
    public List<MeasureDefinition> measuresFor(ListingKind kind) {
        return measures.stream().filter(m -> m.kind() == kind).toList();
    }

    /** Whether any kind of listing applies a measure with this code. */
    public boolean contains(String code) {
        return measures.stream().anyMatch(m -> m.code().equals(code));
    }
}
