package dev.publiccredit.ledger.core.listing.event;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One joint measure a listing applies, decided from the measures catalogue when the subject was listed: in force from
 * {@code startsOn} (the listing date) until the day before {@code endsOn}, the earlier of the listing's end and the
 * start plus the measure's maximum duration; {@code null} when neither limits it.
 */
public record AppliedMeasure(String code, MeasureType type, String description, String legalBasis,
                             LocalDate startsOn, @Nullable LocalDate endsOn) {
}
