package dev.publiccredit.ledger.projections.record;

import dev.publiccredit.ledger.core.dispute.event.ObjectionDecided;
import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.record.event.DisclosureEnded;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import java.util.EnumSet;
import java.util.Set;

import dev.publiccredit.ledger.core.record.event.DoublePublicityTimeliness;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordContent;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Folds one record's events, in order, into its {@link RecordView}. Feed every event with {@link #add}, then take
 * {@link #view()}.
 */
public final class RecordFold {

    /** Review outcomes that let a record stand again after a first decision deleted it (as the aggregate decides). */
    private static final Set<ObjectionOutcome> STANDING = EnumSet.of(ObjectionOutcome.UNFLAG,
            ObjectionOutcome.ANNOTATE, ObjectionOutcome.CORRECT, ObjectionOutcome.SUPPLEMENT);

    private @Nullable String recordId;
    private @Nullable RecordContent content;
    private @Nullable PublicityWindow window;
    private @Nullable DoublePublicityTimeliness timeliness;
    private RecordView.@Nullable Revocation revocation;
    private RecordView.@Nullable DisclosureEnd disclosureEnded;
    /** The objection whose DELETE decision stands, if any. */
    private @Nullable String deletedBy;
    private int corrections;
    private long version = -1;
    private @Nullable Instant recordedAt;
    private @Nullable Instant lastChangedAt;

    public RecordFold add(Object event, long sequenceNumber) {
        version = sequenceNumber;
        if (event instanceof PenaltyRecorded e) {
            recorded(e.recordId().toString(), RecordContent.of(e), e.publicityWindow(), e.timeliness(),
                    e.recordedAt());
        } else if (event instanceof LicenceRecorded e) {
            recorded(e.recordId().toString(), RecordContent.of(e), e.publicityWindow(), e.timeliness(),
                    e.recordedAt());
        } else if (event instanceof RecordCorrected e) {
            content = Objects.requireNonNull(content).applying(e);
            if (e.publicityWindow() != null) {
                window = e.publicityWindow();
            }
            if (e.timeliness() != null) {
                timeliness = e.timeliness();
            }
            corrections++;
            lastChangedAt = e.recordedAt();
        } else if (event instanceof RecordRevoked e) {
            revocation = new RecordView.Revocation(e.revokingDocumentNumber(), e.revokedOn(), e.reason(),
                    e.withdrawalDeadline(), e.recordedAt());
            lastChangedAt = e.recordedAt();
        } else if (event instanceof DisclosureEnded e) {
            disclosureEnded = new RecordView.DisclosureEnd(e.reason(), e.endedOn(),
                    e.caseId() == null ? null : e.caseId().toString());
            lastChangedAt = e.recordedAt();
        } else if (event instanceof DisclosureResumed e) {
            disclosureEnded = null;
            lastChangedAt = e.recordedAt();
        } else if (event instanceof ObjectionDecided e) {
            String objection = e.objectionId().toString();
            if (e.outcome() == ObjectionOutcome.DELETE) {
                deletedBy = objection;
            } else if (objection.equals(deletedBy) && e.stage() == ObjectionStage.REVIEW
                    && STANDING.contains(e.outcome())) {
                deletedBy = null; // the review reversed the deletion
            }
        }
        return this;
    }

    private void recorded(String id, RecordContent c, PublicityWindow w, DoublePublicityTimeliness t, Instant at) {
        recordId = id;
        content = c;
        window = w;
        timeliness = t;
        recordedAt = at;
        lastChangedAt = at;
    }

    public Optional<RecordView> view() {
        if (recordId == null || content == null || window == null || timeliness == null || recordedAt == null
                || lastChangedAt == null) {
            return Optional.empty();
        }
        RecordContent c = content;
        return Optional.of(new RecordView(recordId, c.category(), version, c.source().department().value(),
                c.source().departmentName(), c.source().departmentCreditCode(), c.source().sourceRecordId(),
                c.subject(), c.disclosure(), c.severity(), c.penalty(), c.licence(), window, timeliness,
                revocation != null ? RecordView.Status.REVOKED
                        : deletedBy != null ? RecordView.Status.DELETED : RecordView.Status.RECORDED,
                revocation, corrections, recordedAt, lastChangedAt, disclosureEnded));
    }
}
