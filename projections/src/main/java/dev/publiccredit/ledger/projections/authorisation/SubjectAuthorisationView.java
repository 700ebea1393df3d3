package dev.publiccredit.ledger.projections.authorisation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One subject authorisation as it stands, with its status on {@code statusOn}. It holds on a day from
 * {@code validFrom} to {@code expiresOn} (both included), unless revoked on or before that day.
 */
public record SubjectAuthorisationView(String authorisationId, String subjectCode, String subjectKind,
                                       String grantee, String purpose, String documentReference, LocalDate validFrom,
                                       LocalDate expiresOn, Instant registeredAt, @Nullable LocalDate revokedOn,
                                       @Nullable String revocationReason, @Nullable Instant revokedAt,
                                       LocalDate statusOn, Status status) {

    public enum Status {
        /** Holds on the day. */
        VALID,
        /** Starts after the day. */
        NOT_YET_VALID,
        /** Ended before the day. */
        EXPIRED,
        /** Revoked on or before the day. */
        REVOKED
    }

    /** The status of an authorisation on {@code day}: a revocation counts from its day on. */
    public static Status statusOn(LocalDate day, LocalDate validFrom, LocalDate expiresOn,
                                  @Nullable LocalDate revokedOn) {
        if (revokedOn != null && !day.isBefore(revokedOn)) {
            return Status.REVOKED;
        }
        if (day.isBefore(validFrom)) {
            return Status.NOT_YET_VALID;
        }
        return day.isAfter(expiresOn) ? Status.EXPIRED : Status.VALID;
    }
}
