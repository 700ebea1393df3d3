package dev.publiccredit.ledger.projections.profile;

import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A subject's credit profile (信用档案) on a given day: identity, current name and its records by category, each with
 * its status on that day.
 */
public record CreditProfileView(Subject subject, LocalDate statusOn, Counts counts, List<ProfileRecord> licences,
                                List<ProfileRecord> penalties) {

    public record Subject(String kind, String code, String name, Instant firstRecordedAt, Instant lastChangedAt) {
    }

    public record Counts(int licences, int penalties, int inPublicity, int publicityEnded, int revoked) {
    }

    /** A record's status on a day. */
    public enum Status {
        /** Within its publicity period: disclosed in its disclosure class. */
        IN_PUBLICITY,
        /** Its publicity period has ended: no longer disclosed, kept in the archive. */
        PUBLICITY_ENDED,
        /** Its decision was revoked: no longer disclosed. */
        REVOKED
    }

    public record ProfileRecord(String recordId, String category, String sourceDepartment, String sourceRecordId,
                                String decisionNumber, LocalDate decisionDate, String summary, String disclosure,
                                @Nullable String severity, Status status, PublicityWindow publicityWindow,
                                @Nullable LocalDate revokedOn, @Nullable String revocationReason, int corrections,
                                Instant recordedAt, Instant lastChangedAt) {
    }
}
