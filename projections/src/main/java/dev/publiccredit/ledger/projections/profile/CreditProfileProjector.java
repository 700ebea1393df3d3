package dev.publiccredit.ledger.projections.profile;

import dev.publiccredit.ledger.core.dispute.event.ObjectionDecided;
import dev.publiccredit.ledger.core.dispute.event.ObjectionForwarded;
import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionRaised;
import dev.publiccredit.ledger.core.dispute.event.ObjectionReviewRequested;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.dispute.event.RepairFinalised;
import dev.publiccredit.ledger.core.dispute.event.RepairGranted;
import dev.publiccredit.ledger.core.dispute.event.RepairRevoked;
import dev.publiccredit.ledger.core.record.event.DisclosureEnded;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import dev.publiccredit.ledger.core.record.event.FieldChange;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordContent;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.projections.PendingRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Builds the credit profile of each subject: identity, current name, and its records with their status: the
 * objection flag (异议标注) while an objection or its review is open, the annotation an undecidable objection leaves,
 * the repair status, and why disclosure ended when an event ended it.
 */
@Component
@ProcessingGroup(CreditProfileProjector.GROUP)
public class CreditProfileProjector {

    public static final String GROUP = "credit-profile";
    /**
     * How a subject's row takes a later record: the name of the latest recorded time, the earliest first record, the
     * latest change (the benchmark's floor writes subjects' rows with it too).
     */
    public static final String SUBJECT_ON_CONFLICT = """
            ON CONFLICT (subject_code) DO UPDATE SET
                   name = CASE WHEN excluded.last_changed_at >= credit_profile_subject.last_changed_at
                               THEN excluded.name ELSE credit_profile_subject.name END,
                   first_recorded_at = LEAST(credit_profile_subject.first_recorded_at, excluded.first_recorded_at),
                   last_changed_at = GREATEST(credit_profile_subject.last_changed_at, excluded.last_changed_at)""";

    private final JdbcClient jdbc;
    private final PendingRows subjects;
    private final PendingRows records;

    /** {@code dataSource} is that of {@code jdbc}: the rows of new records go by {@code COPY} where they can. */
    public CreditProfileProjector(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.subjects = new PendingRows(jdbc, dataSource, """
                INSERT INTO credit_profile_subject (subject_code, kind, name, first_recorded_at, last_changed_at)""",
                5, SUBJECT_ON_CONFLICT, row -> row[0], CreditProfileProjector::combineSubject);
        this.records = new PendingRows(jdbc, dataSource, """
                INSERT INTO credit_profile_record (record_id, subject_code, category, source_department,
                       source_record_id, decision_number, decision_date, summary, disclosure, severity,
                       publicity_starts_on, earliest_end_on, latest_end_on, rule_set, recorded_at,
                       last_changed_at)""", 16, "ON CONFLICT (record_id) DO NOTHING", null, null);
    }

    @EventHandler
    void on(PenaltyRecorded event) {
        insert(event.recordId(), RecordContent.of(event), event.publicityWindow(), event.recordedAt());
    }

    @EventHandler
    void on(LicenceRecorded event) {
        insert(event.recordId(), RecordContent.of(event), event.publicityWindow(), event.recordedAt());
    }

    @EventHandler
    void on(RecordCorrected event, @SequenceNumber long sequence) {
        Timestamp at = Timestamp.from(event.recordedAt());
        for (FieldChange change : event.changes()) {
            String column = switch (change.field()) {
                case DISCLOSURE -> "disclosure";
                case DECISION_NUMBER -> "decision_number";
                case SEVERITY -> "severity";
                case PENALTY_CONTENT, LICENCE_CONTENT -> "summary";
                default -> null;
            };
            if (column != null) {
                jdbc.sql("UPDATE credit_profile_record SET " + column + " = ? WHERE record_id = ?")
                        .params(change.newValue(), event.recordId().value()).update();
            } else if (change.field() == dev.publiccredit.ledger.core.record.event.CorrectableField.DECISION_DATE) {
                jdbc.sql("UPDATE credit_profile_record SET decision_date = ? WHERE record_id = ?")
                        .params(Date.valueOf(LocalDate.parse(change.newValue())), event.recordId().value())
                        .update();
            } else if (change.field() == dev.publiccredit.ledger.core.record.event.CorrectableField.SUBJECT_NAME) {
                jdbc.sql("""
                                UPDATE credit_profile_subject
                                SET name = CASE WHEN ? >= last_changed_at THEN ? ELSE name END,
                                    last_changed_at = GREATEST(last_changed_at, ?)
                                WHERE subject_code = ?""")
                        .params(at, change.newValue(), at, event.subjectCode()).update();
            }
        }
        if (event.publicityWindow() != null) {
            PublicityWindow w = event.publicityWindow();
            jdbc.sql("""
                            UPDATE credit_profile_record SET publicity_starts_on = ?, earliest_end_on = ?,
                                   latest_end_on = ?, rule_set = ?
                            WHERE record_id = ?""")
                    .params(Date.valueOf(w.startsOn()), date(w.earliestEndOn()), date(w.latestEndOn()), w.ruleSet(),
                            event.recordId().value())
                    .update();
        }
        // counted once: a correction handled again (replay, retried batch) finds its sequence number already taken
        jdbc.sql("""
                        UPDATE credit_profile_record SET corrections = corrections + 1, last_correction_sequence = ?,
                               last_changed_at = ?
                        WHERE record_id = ? AND last_correction_sequence < ?""")
                .params(sequence, at, event.recordId().value(), sequence).update();
    }

    @EventHandler
    void on(RecordRevoked event) {
        jdbc.sql("""
                        UPDATE credit_profile_record SET revoked_on = ?, revocation_reason = ?, last_changed_at = ?
                        WHERE record_id = ?""")
                .params(Date.valueOf(event.revokedOn()), event.reason(), Timestamp.from(event.recordedAt()),
                        event.recordId().value())
                .update();
    }

    @EventHandler
    void on(ObjectionRaised event) {
        flagged(event.recordId(), event.objectionId().value(), "OPEN", event.raisedOn(), event.recordedAt());
    }

    @EventHandler
    void on(ObjectionForwarded event) {
        // an objection under review stays under review when forwarded
        jdbc.sql("""
                        UPDATE credit_profile_objection SET status = 'FORWARDED'
                        WHERE record_id = ? AND objection_id = ? AND status = 'OPEN'""")
                .params(event.recordId().value(), event.objectionId().value())
                .update();
        changed(event.recordId(), event.recordedAt());
    }

    @EventHandler
    void on(ObjectionReviewRequested event) {
        flagged(event.recordId(), event.objectionId().value(), "UNDER_REVIEW", event.requestedOn(),
                event.recordedAt());
    }

    /** The flag goes; ANNOTATE leaves the annotation, any other outcome removes one this objection left before. */
    @EventHandler
    void on(ObjectionDecided event) {
        Timestamp at = Timestamp.from(event.recordedAt());
        jdbc.sql("DELETE FROM credit_profile_objection WHERE record_id = ? AND objection_id = ?")
                .params(event.recordId().value(), event.objectionId().value())
                .update();
        changed(event.recordId(), event.recordedAt());
        if (event.outcome() == ObjectionOutcome.ANNOTATE) {
            jdbc.sql("""
                            UPDATE credit_profile_record SET annotation = ?, annotation_objection_id = ?,
                                   annotation_status = ?, annotated_on = ?, last_changed_at = ?
                            WHERE record_id = ?""")
                    .params(event.annotation(), event.objectionId().value(),
                            event.stage() == ObjectionStage.REVIEW ? "CLOSED" : "DECIDED",
                            Date.valueOf(event.decidedOn()), at, event.recordId().value())
                    .update();
        } else {
            jdbc.sql("""
                            UPDATE credit_profile_record SET annotation = NULL, annotation_objection_id = NULL,
                                   annotation_status = NULL, annotated_on = NULL, last_changed_at = ?
                            WHERE record_id = ? AND annotation_objection_id = ?""")
                    .params(at, event.recordId().value(), event.objectionId().value())
                    .update();
        }
    }

    @EventHandler
    void on(RepairGranted event) {
        jdbc.sql("""
                        UPDATE credit_profile_record SET repair_status = ?, repair_application_id = ?,
                               repair_since = ?, last_changed_at = ?
                        WHERE record_id = ?""")
                .params((event.temporary() ? CreditProfileView.RepairStatus.TEMPORARILY_HIDDEN
                                : CreditProfileView.RepairStatus.REPAIRED).name(), event.applicationId().value(),
                        Date.valueOf(event.grantedOn()), Timestamp.from(event.recordedAt()), event.recordId().value())
                .update();
    }

    @EventHandler
    void on(RepairFinalised event) {
        jdbc.sql("""
                        UPDATE credit_profile_record SET repair_status = ?, repair_since = ?, last_changed_at = ?
                        WHERE record_id = ? AND repair_application_id = ?""")
                .params(CreditProfileView.RepairStatus.REPAIRED.name(), Date.valueOf(event.finalisedOn()),
                        Timestamp.from(event.recordedAt()), event.recordId().value(), event.applicationId().value())
                .update();
    }

    @EventHandler
    void on(RepairRevoked event) {
        jdbc.sql("""
                        UPDATE credit_profile_record SET repair_status = NULL, repair_application_id = NULL,
                               repair_since = NULL, last_changed_at = ?
                        WHERE record_id = ? AND repair_application_id = ?""")
                .params(Timestamp.from(event.recordedAt()), event.recordId().value(), event.applicationId().value())
                .update();
    }

    @EventHandler
    void on(DisclosureEnded event) {
        jdbc.sql("""
                        UPDATE credit_profile_record SET disclosure_ended_reason = ?, disclosure_ended_on = ?,
                               last_changed_at = ?
                        WHERE record_id = ?""")
                .params(event.reason().name(), Date.valueOf(event.endedOn()), Timestamp.from(event.recordedAt()),
                        event.recordId().value())
                .update();
    }

    @EventHandler
    void on(DisclosureResumed event) {
        jdbc.sql("""
                        UPDATE credit_profile_record SET disclosure_ended_reason = NULL, disclosure_ended_on = NULL,
                               last_changed_at = ?
                        WHERE record_id = ?""")
                .params(Timestamp.from(event.recordedAt()), event.recordId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM credit_profile_objection").update();
        jdbc.sql("DELETE FROM credit_profile_record").update();
        jdbc.sql("DELETE FROM credit_profile_subject").update();
    }

    /** The record is under this objection, in this status, since that day. */
    private void flagged(RecordId recordId, java.util.UUID objectionId, String status, LocalDate since,
                         Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO credit_profile_objection (record_id, objection_id, status, since)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (record_id, objection_id) DO UPDATE SET status = excluded.status,
                               since = excluded.since""")
                .params(recordId.value(), objectionId, status, Date.valueOf(since))
                .update();
        changed(recordId, recordedAt);
    }

    private void changed(RecordId recordId, Instant recordedAt) {
        jdbc.sql("UPDATE credit_profile_record SET last_changed_at = ? WHERE record_id = ?")
                .params(Timestamp.from(recordedAt), recordId.value())
                .update();
    }

    /**
     * Two rows of one subject in one statement, as the upsert would leave them one after the other: the earliest
     * first recording, and the name and time of the latest change. The subject's row follows the events' recorded
     * times, not the order they were handled in: concurrent writers commit out of global-index order, so the live
     * processor (in commit order) and a rebuild (in global-index order) may handle them in different orders.
     */
    private static Object[] combineSubject(Object[] first, Object[] later) {
        Timestamp firstAt = (Timestamp) first[3];
        Timestamp laterFirstAt = (Timestamp) later[3];
        boolean laterIsNewer = !((Timestamp) later[4]).before((Timestamp) first[4]);
        return new Object[] {first[0], first[1], laterIsNewer ? later[2] : first[2],
                laterFirstAt.before(firstAt) ? laterFirstAt : firstAt, laterIsNewer ? later[4] : first[4]};
    }

    private void insert(RecordId recordId, RecordContent content, PublicityWindow window, Instant recordedAt) {
        SubjectDescription subject = content.subject();
        Timestamp at = Timestamp.from(recordedAt);
        subjects.add(subject.code(), subject.kind().name(), subject.name(), at, at);
        records.add(recordId.value(), subject.code(), content.category().name(),
                content.source().department().value(), content.source().sourceRecordId(),
                content.decisionNumber(), content.decisionDate(), content.summary(),
                content.disclosure().name(), content.severity() == null ? null : content.severity().name(),
                window.startsOn(), window.earliestEndOn(), window.latestEndOn(),
                window.ruleSet(), at, at);
    }

    /** The rows of new records wait for the end of the batch; any other event writes them first. */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object inOrder(EventMessage<?> event, InterceptorChain chain) throws Exception {
        return PendingRows.inOrder(event, chain, subjects, records);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
