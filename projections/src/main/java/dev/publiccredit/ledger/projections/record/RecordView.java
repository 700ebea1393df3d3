package dev.publiccredit.ledger.projections.record;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.publiccredit.ledger.core.record.event.DoublePublicityTimeliness;
import dev.publiccredit.ledger.core.record.event.LicenceDetails;
import dev.publiccredit.ledger.core.record.event.PenaltyDetails;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.Severity;
import org.jspecify.annotations.Nullable;

import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A credit record as it stands now, folded from its events: the submitted fields (in the same names as the
 * submission) with every correction applied, and what the ledger decided. {@code version} is the sequence number of
 * the record's last event, usable as {@code If-Match}.
 */
public record RecordView(
        String recordId,
        RecordCategory category,
        long version,
        String sourceDepartment,
        String sourceDepartmentName,
        String sourceDepartmentCreditCode,
        String sourceRecordId,
        SubjectDescription subject,
        DisclosureClass disclosure,
        @Nullable Severity severity,
        @JsonUnwrapped @Nullable PenaltyDetails penalty,
        @JsonUnwrapped @Nullable LicenceDetails licence,
        PublicityWindow publicityWindow,
        DoublePublicityTimeliness doublePublicity,
        Status status,
        @Nullable Revocation revocation,
        int corrections,
        Instant recordedAt,
        Instant lastChangedAt,
        @Nullable DisclosureEnd disclosureEnded) {

    /** RECORDED: in the ledger and open to changes; REVOKED and DELETED (after an objection) accept none. */
    public enum Status { RECORDED, REVOKED, DELETED }

    /**
     * Why and since when the record's disclosure has ended, as its events say (expiry, repair, temporary hiding, an
     * objection); null while it is disclosed, or again after {@code DisclosureResumed}. {@code caseId} is the
     * objection or repair application that ended it.
     */
    public record DisclosureEnd(DisclosureEndReason reason, LocalDate endedOn, @Nullable String caseId) {
    }

    public record Revocation(String revokingDocumentNumber, LocalDate revokedOn, String reason,
                             LocalDate withdrawalDeadline, Instant recordedAt) {
    }
}
