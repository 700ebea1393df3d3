package dev.publiccredit.ledger.projections.profile;

import dev.publiccredit.ledger.core.record.event.FieldChange;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordContent;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Builds the credit profile of each subject: identity, current name, and its records with their status. */
@Component
@ProcessingGroup(CreditProfileProjector.GROUP)
public class CreditProfileProjector {

    public static final String GROUP = "credit-profile";

    private final JdbcClient jdbc;

    public CreditProfileProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                jdbc.sql("UPDATE credit_profile_subject SET name = ?, last_changed_at = ? WHERE subject_code = ?")
                        .params(change.newValue(), at, event.subjectCode()).update();
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

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM credit_profile_record").update();
        jdbc.sql("DELETE FROM credit_profile_subject").update();
    }

    private void insert(RecordId recordId, RecordContent content, PublicityWindow window, Instant recordedAt) {
        SubjectDescription subject = content.subject();
        Timestamp at = Timestamp.from(recordedAt);
        jdbc.sql("""
                        INSERT INTO credit_profile_subject (subject_code, kind, name, first_recorded_at, last_changed_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (subject_code) DO UPDATE SET name = excluded.name,
                               last_changed_at = excluded.last_changed_at""")
                .params(subject.code(), subject.kind().name(), subject.name(), at, at)
                .update();
        jdbc.sql("""
                        INSERT INTO credit_profile_record (record_id, subject_code, category, source_department,
                               source_record_id, decision_number, decision_date, summary, disclosure, severity,
                               publicity_starts_on, earliest_end_on, latest_end_on, rule_set, recorded_at,
                               last_changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (record_id) DO NOTHING""")
                .params(recordId.value(), subject.code(), content.category().name(),
                        content.source().department().value(), content.source().sourceRecordId(),
                        content.decisionNumber(), Date.valueOf(content.decisionDate()), content.summary(),
                        content.disclosure().name(), content.severity() == null ? null : content.severity().name(),
                        Date.valueOf(window.startsOn()), date(window.earliestEndOn()), date(window.latestEndOn()),
                        window.ruleSet(), at, at)
                .update();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
