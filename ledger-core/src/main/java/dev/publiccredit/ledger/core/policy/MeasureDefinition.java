package dev.publiccredit.ledger.core.policy;

import dev.publiccredit.ledger.core.listing.event.AppliedMeasure;
import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.MeasureType;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One joint measure of the catalogue: what a listing of {@code kind} triggers. {@code maximumDuration} limits how long
 * the measure applies (e.g. a government procurement ban of at most 3 years, 政府采购法 art. 77); {@code null} means
 * it applies as long as the listing.
 */
public record MeasureDefinition(String code, ListingKind kind, MeasureType type, String description,
                                String legalBasis, @Nullable Period maximumDuration) {

    public MeasureDefinition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,63}")) {
            throw new IllegalArgumentException("a measure code is 2 to 64 of A-Z, 0-9 and '_': " + code);
        }
        if (description == null || description.isBlank() || legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("measure " + code + " needs a description and a legal basis");
        }
        if (maximumDuration != null && (maximumDuration.isNegative() || maximumDuration.isZero())) {
            throw new IllegalArgumentException("measure " + code + " has a maximum duration of " + maximumDuration);
        }
    }

    /** The measure as applied by a listing starting on {@code startsOn} and ending on {@code listingEndsOn}. */
    public AppliedMeasure applyFrom(LocalDate startsOn, @Nullable LocalDate listingEndsOn) {
        LocalDate own = maximumDuration == null ? null : startsOn.plus(maximumDuration);
        LocalDate endsOn = own == null ? listingEndsOn
                : listingEndsOn == null || own.isBefore(listingEndsOn) ? own : listingEndsOn;
        return new AppliedMeasure(code, type, description, legalBasis, startsOn, endsOn);
    }
}
