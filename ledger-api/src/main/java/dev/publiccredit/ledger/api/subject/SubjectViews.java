package dev.publiccredit.ledger.api.subject;

import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.core.shared.PlatformTime;
import dev.publiccredit.ledger.projections.listing.SubjectListings;
import dev.publiccredit.ledger.projections.listing.SubjectMeasures;
import dev.publiccredit.ledger.projections.profile.CreditProfiles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A subject's profile now, on a business date by today's knowledge ({@code validOn}), or as the ledger knew it at a
 * recorded time ({@code asOf}, rebuilt from the events by {@link SubjectReplay} and read with the same readers).
 */
@Component
class SubjectViews {

    private final CreditProfiles profiles;
    private final SubjectListings listings;
    private final SubjectMeasures measures;
    private final SubjectReplay replay;
    private final Clock clock;

    SubjectViews(CreditProfiles profiles, SubjectListings listings, SubjectMeasures measures, SubjectReplay replay,
                 Clock clock) {
        this.profiles = profiles;
        this.listings = listings;
        this.measures = measures;
        this.replay = replay;
        this.clock = clock;
    }

    /** The profile by the query parameters: {@code asOf}, {@code validOn} (at most one), or today. */
    Optional<SubjectController.SubjectProfile> profile(String subjectCode, @Nullable String asOf,
                                                       @Nullable String validOn) {
        if (asOf != null && validOn != null) {
            throw new InvalidRequest("validOn", "give asOf or validOn, not both");
        }
        if (asOf != null) {
            return asOf(subjectCode, asOf(asOf));
        }
        return on(subjectCode, validOn != null ? validOn(validOn) : LocalDate.now(clock));
    }

    /** The profile as the ledger knew it at {@code at}, with statuses on that day (China Standard Time). */
    Optional<SubjectController.SubjectProfile> asOf(String subjectCode, Instant at) {
        return replay.asOf(subjectCode, at, () -> on(subjectCode, PlatformTime.dayOf(at)));
    }

    /**
     * The profile from the live tables with statuses on {@code day}: one statement, and two more (the listings and the
     * measures in force) only when a listing names the subject.
     */
    Optional<SubjectController.SubjectProfile> on(String subjectCode, LocalDate day) {
        return profiles.findWithListingFlag(subjectCode, day).map(found -> {
            if (!found.listed()) {
                return new SubjectController.SubjectProfile(found.profile(), List.of(), List.of(), List.of());
            }
            SubjectMeasures.InForce inForce = measures.inForce(subjectCode, day);
            return new SubjectController.SubjectProfile(found.profile(), listings.active(subjectCode, day),
                    inForce.restrictions(), inForce.incentives());
        });
    }

    /** The {@code asOf} query parameter: an ISO-8601 instant, not in the future. */
    Instant asOf(String raw) {
        Instant at;
        try {
            at = Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("asOf", "must be an ISO-8601 instant such as 2026-03-02T02:00:00Z");
        }
        if (at.isAfter(clock.instant())) {
            throw new InvalidRequest("asOf", "must not be in the future");
        }
        return at;
    }

    private static LocalDate validOn(String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("validOn", "must be a date such as 2026-03-02");
        }
    }
}
