package dev.publiccredit.ledger.projections.dispute;

import dev.publiccredit.ledger.core.dispute.event.ObjectionDeadlineExtended;
import dev.publiccredit.ledger.core.dispute.event.ObjectionDecided;
import dev.publiccredit.ledger.core.dispute.event.ObjectionForwarded;
import dev.publiccredit.ledger.core.dispute.event.ObjectionRaised;
import dev.publiccredit.ledger.core.dispute.event.ObjectionReviewRequested;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.dispute.event.RepairAccepted;
import dev.publiccredit.ledger.core.dispute.event.RepairApplied;
import dev.publiccredit.ledger.core.dispute.event.RepairDenied;
import dev.publiccredit.ledger.core.dispute.event.RepairFinalised;
import dev.publiccredit.ledger.core.dispute.event.RepairGranted;
import dev.publiccredit.ledger.core.dispute.event.RepairMaterial;
import dev.publiccredit.ledger.core.dispute.event.RepairNotAccepted;
import dev.publiccredit.ledger.core.dispute.event.RepairRevoked;
import dev.publiccredit.ledger.core.record.event.DisclosureEnded;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the case queue: one row per objection and repair application with its status, the department that decides,
 * the deadline in force, and how it ended; every deadline decided for it; and its history, one entry per event.
 * Rows are keyed by the case id and the event's sequence number in the record, so a replay writes the same rows.
 */
@Component
@ProcessingGroup(DisputeCaseProjector.GROUP)
public class DisputeCaseProjector {

    public static final String GROUP = "dispute-cases";

    private final JdbcClient jdbc;

    public DisputeCaseProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- objections ---

    @EventHandler
    void on(ObjectionRaised event, @SequenceNumber long sequence) {
        UUID id = event.objectionId().value();
        open(id, CaseType.OBJECTION, event.recordId().value(), event.subjectCode(), event.sourceDepartment().value(),
                CaseStatus.OPEN, event.ground().name(), event.objector().name(), event.objector().role().name(),
                event.objector().contact(), event.statement(), null, event.raisedOn(), event.decisionDeadline(),
                Due.DECISION, event.recordedAt());
        for (int i = 0; i < event.evidence().size(); i++) {
            item(id, i, "EVIDENCE", event.evidence().get(i), null);
        }
        deadline(id, sequence, Due.DECISION, event.decisionDeadline(), event.ruleSet());
        history(id, sequence, "RAISED", event.raisedOn(), event.recordedAt(), details(
                "ground", event.ground(), "objector", event.objector().name(), "role", event.objector().role(),
                "evidence", event.evidence().size(), "decisionDueOn", event.decisionDeadline().dueOn()));
    }

    @EventHandler
    void on(ObjectionForwarded event, @SequenceNumber long sequence) {
        UUID id = event.objectionId().value();
        // an objection under review stays under review when forwarded
        jdbc.sql("""
                        UPDATE dispute_case SET status = CASE WHEN status = 'OPEN' THEN 'FORWARDED' ELSE status END,
                               department = ?, last_changed_at = ?
                        WHERE case_id = ?""")
                .params(event.toDepartment().value(), at(event.recordedAt()), id)
                .update();
        history(id, sequence, "FORWARDED", event.forwardedOn(), event.recordedAt(), details(
                "toDepartment", event.toDepartment(), "note", event.note()));
    }

    @EventHandler
    void on(ObjectionDeadlineExtended event, @SequenceNumber long sequence) {
        UUID id = event.objectionId().value();
        jdbc.sql("""
                        UPDATE dispute_case SET extension_used = TRUE, due_on = ?, due = ?, last_changed_at = ?
                        WHERE case_id = ?""")
                .params(Date.valueOf(event.decisionDeadline().dueOn()), Due.DECISION.name(), at(event.recordedAt()),
                        id)
                .update();
        endDeadlines(id, sequence, event.extendedOn(), "EXTENDED");
        deadline(id, sequence, Due.DECISION, event.decisionDeadline(), event.ruleSet());
        history(id, sequence, "DEADLINE_EXTENDED", event.extendedOn(), event.recordedAt(), details(
                "reason", event.reason(), "workingDays", event.decisionDeadline().workingDays(),
                "decisionDueOn", event.decisionDeadline().dueOn()));
    }

    @EventHandler
    void on(ObjectionDecided event, @SequenceNumber long sequence) {
        UUID id = event.objectionId().value();
        boolean review = event.stage() == ObjectionStage.REVIEW;
        jdbc.sql("""
                        UPDATE dispute_case SET status = ?, due_on = NULL, due = NULL, closed_on = ?, outcome = ?,
                               decided_on_time = ?, annotation = ?, listing_id = ?, last_changed_at = ?
                        WHERE case_id = ?""")
                .params((review ? CaseStatus.CLOSED : CaseStatus.DECIDED).name(), Date.valueOf(event.decidedOn()),
                        event.outcome().name(), event.onTime(), event.annotation(),
                        event.listingId() == null ? null : event.listingId().value(), at(event.recordedAt()), id)
                .update();
        endDeadlines(id, sequence, event.decidedOn(), review ? "REVIEW_DECIDED" : "DECIDED");
        history(id, sequence, review ? "REVIEW_DECIDED" : "DECIDED", event.decidedOn(), event.recordedAt(), details(
                "stage", event.stage(), "outcome", event.outcome(), "reasoning", event.reasoning(),
                "annotation", event.annotation(), "listingId", event.listingId(), "onTime", event.onTime()));
    }

    @EventHandler
    void on(ObjectionReviewRequested event, @SequenceNumber long sequence) {
        UUID id = event.objectionId().value();
        jdbc.sql("""
                        UPDATE dispute_case SET status = ?, review_requested = TRUE, due_on = ?, due = ?,
                               closed_on = NULL, last_changed_at = ?
                        WHERE case_id = ?""")
                .params(CaseStatus.UNDER_REVIEW.name(), Date.valueOf(event.reviewDeadline().dueOn()),
                        Due.REVIEW.name(), at(event.recordedAt()), id)
                .update();
        deadline(id, sequence, Due.REVIEW, event.reviewDeadline(), event.ruleSet());
        history(id, sequence, "REVIEW_REQUESTED", event.requestedOn(), event.recordedAt(), details(
                "grounds", event.grounds(), "reviewDueOn", event.reviewDeadline().dueOn()));
    }

    // --- repair applications ---

    @EventHandler
    void on(RepairApplied event, @SequenceNumber long sequence) {
        UUID id = event.applicationId().value();
        open(id, CaseType.REPAIR, event.recordId().value(), event.subjectCode(), event.sourceDepartment().value(),
                CaseStatus.APPLIED, event.kind().name(), event.applicant(), "APPLICANT", null, null,
                event.earliestRepairOn(), event.appliedOn(), event.acceptanceDeadline(), Due.ACCEPTANCE,
                event.recordedAt());
        for (int i = 0; i < event.materials().size(); i++) {
            RepairMaterial material = event.materials().get(i);
            item(id, i, material.type().name(), material.reference(), material.description());
        }
        deadline(id, sequence, Due.ACCEPTANCE, event.acceptanceDeadline(), event.ruleSet());
        history(id, sequence, "APPLIED", event.appliedOn(), event.recordedAt(), details(
                "kind", event.kind(), "applicant", event.applicant(), "materials", event.materials().size(),
                "earliestRepairOn", event.earliestRepairOn(),
                "acceptanceDueOn", event.acceptanceDeadline().dueOn()));
    }

    @EventHandler
    void on(RepairAccepted event, @SequenceNumber long sequence) {
        UUID id = event.applicationId().value();
        jdbc.sql("UPDATE dispute_case SET status = ?, due_on = ?, due = ?, last_changed_at = ? WHERE case_id = ?")
                .params(CaseStatus.ACCEPTED.name(), Date.valueOf(event.decisionDeadline().dueOn()),
                        Due.DECISION.name(), at(event.recordedAt()), id)
                .update();
        endDeadlines(id, sequence, event.acceptedOn(), "ACCEPTED");
        deadline(id, sequence, Due.DECISION, event.decisionDeadline(), null);
        history(id, sequence, "ACCEPTED", event.acceptedOn(), event.recordedAt(), details(
                "onTime", event.onTime(), "decisionDueOn", event.decisionDeadline().dueOn()));
    }

    @EventHandler
    void on(RepairNotAccepted event, @SequenceNumber long sequence) {
        closed(event.applicationId().value(), sequence, CaseStatus.NOT_ACCEPTED, event.decidedOn(), event.onTime(),
                event.recordedAt(), details("reason", event.reason(), "explanation", event.explanation(),
                        "onTime", event.onTime()));
    }

    @EventHandler
    void on(RepairGranted event, @SequenceNumber long sequence) {
        Map<String, Object> details = details("temporary", event.temporary(), "explanation", event.explanation(),
                "onTime", event.onTime());
        if (event.temporary()) {
            UUID id = event.applicationId().value();
            jdbc.sql("""
                            UPDATE dispute_case SET status = ?, due_on = NULL, due = NULL, outcome = ?,
                                   decided_on_time = ?, last_changed_at = ?
                            WHERE case_id = ?""")
                    .params(CaseStatus.TEMPORARILY_GRANTED.name(), CaseStatus.TEMPORARILY_GRANTED.name(),
                            event.onTime(), at(event.recordedAt()), id)
                    .update();
            endDeadlines(id, sequence, event.grantedOn(), CaseStatus.TEMPORARILY_GRANTED.name());
            history(id, sequence, CaseStatus.TEMPORARILY_GRANTED.name(), event.grantedOn(), event.recordedAt(),
                    details);
        } else {
            closed(event.applicationId().value(), sequence, CaseStatus.GRANTED, event.grantedOn(), event.onTime(),
                    event.recordedAt(), details);
        }
    }

    @EventHandler
    void on(RepairDenied event, @SequenceNumber long sequence) {
        closed(event.applicationId().value(), sequence, CaseStatus.DENIED, event.decidedOn(), event.onTime(),
                event.recordedAt(), details("reason", event.reason(), "explanation", event.explanation(),
                        "onTime", event.onTime()));
    }

    @EventHandler
    void on(RepairRevoked event, @SequenceNumber long sequence) {
        closed(event.applicationId().value(), sequence, CaseStatus.REVOKED, event.revokedOn(), null,
                event.recordedAt(), details("reason", event.reason(), "explanation", event.explanation()));
    }

    @EventHandler
    void on(RepairFinalised event, @SequenceNumber long sequence) {
        UUID id = event.applicationId().value();
        jdbc.sql("""
                        UPDATE dispute_case SET status = ?, closed_on = ?, outcome = ?, last_changed_at = ?
                        WHERE case_id = ?""")
                .params(CaseStatus.GRANTED.name(), Date.valueOf(event.finalisedOn()), CaseStatus.GRANTED.name(),
                        at(event.recordedAt()), id)
                .update();
        history(id, sequence, "FINALISED", event.finalisedOn(), event.recordedAt(), details(
                "explanation", event.explanation()));
    }

    // --- what a case did to the record's disclosure ---

    @EventHandler
    void on(DisclosureEnded event, @SequenceNumber long sequence) {
        if (event.caseId() != null) {
            touch(event.caseId(), event.recordedAt());
            history(event.caseId(), sequence, "DISCLOSURE_ENDED", event.endedOn(), event.recordedAt(), details(
                    "reason", event.reason()));
        }
    }

    @EventHandler
    void on(DisclosureResumed event, @SequenceNumber long sequence) {
        if (event.caseId() != null) {
            touch(event.caseId(), event.recordedAt());
            history(event.caseId(), sequence, "DISCLOSURE_RESUMED", event.resumedOn(), event.recordedAt(), details(
                    "reason", event.reason(), "visibleUntil", event.visibleUntil()));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM dispute_case_history").update();
        jdbc.sql("DELETE FROM dispute_case_deadline").update();
        jdbc.sql("DELETE FROM dispute_case_item").update();
        jdbc.sql("DELETE FROM dispute_case").update();
    }

    private void open(UUID id, CaseType type, UUID recordId, String subjectCode, String department,
                      CaseStatus status, String basis, String partyName, String partyRole,
                      @Nullable String partyContact, @Nullable String statement, @Nullable LocalDate earliestRepairOn,
                      LocalDate openedOn, WorkingDayDeadline deadline, Due due, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO dispute_case (case_id, case_type, record_id, subject_code, source_department,
                               department, status, basis, party_name, party_role, party_contact, statement,
                               earliest_repair_on, opened_on, due_on, due, opened_at, last_changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (case_id) DO NOTHING""")
                .params(id, type.name(), recordId, subjectCode, department, department, status.name(), basis,
                        partyName, partyRole, partyContact, statement, date(earliestRepairOn),
                        Date.valueOf(openedOn), Date.valueOf(deadline.dueOn()), due.name(), at(recordedAt),
                        at(recordedAt))
                .update();
    }

    /** A final step: nothing is due any more, the case is closed on {@code on} with the status as its outcome. */
    private void closed(UUID id, long sequence, CaseStatus status, LocalDate on, @Nullable Boolean onTime,
                        Instant recordedAt, Map<String, Object> details) {
        jdbc.sql("""
                        UPDATE dispute_case SET status = ?, due_on = NULL, due = NULL, closed_on = ?, outcome = ?,
                               decided_on_time = COALESCE(?, decided_on_time), last_changed_at = ?
                        WHERE case_id = ?""")
                .params(status.name(), Date.valueOf(on), status.name(), onTime, at(recordedAt), id)
                .update();
        endDeadlines(id, sequence, on, status.name());
        history(id, sequence, status.name(), on, recordedAt, details);
    }

    private void touch(UUID id, Instant recordedAt) {
        jdbc.sql("UPDATE dispute_case SET last_changed_at = ? WHERE case_id = ?").params(at(recordedAt), id).update();
    }

    private void item(UUID id, int itemNo, String type, String reference, @Nullable String description) {
        jdbc.sql("""
                        INSERT INTO dispute_case_item (case_id, item_no, type, reference, description)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (case_id, item_no) DO NOTHING""")
                .params(id, itemNo, type, reference, description)
                .update();
    }

    private void deadline(UUID id, long sequence, Due due, WorkingDayDeadline deadline, @Nullable String ruleSet) {
        jdbc.sql("""
                        INSERT INTO dispute_case_deadline (case_id, entry_no, due, from_date, working_days, due_on,
                               calendar_version, calendar_covered, rule_set)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (case_id, entry_no) DO NOTHING""")
                .params(id, sequence, due.name(), Date.valueOf(deadline.from()), deadline.workingDays(),
                        Date.valueOf(deadline.dueOn()), deadline.calendarVersion(), deadline.calendarCovered(),
                        ruleSet)
                .update();
    }

    /** Ends the deadlines set before this event that are still in force: the step they were for was taken. */
    private void endDeadlines(UUID id, long sequence, LocalDate on, String by) {
        jdbc.sql("""
                        UPDATE dispute_case_deadline SET ended_on = ?, ended_by = ?
                        WHERE case_id = ? AND entry_no < ? AND ended_on IS NULL""")
                .params(Date.valueOf(on), by, id, sequence)
                .update();
    }

    /** One history entry, with the case's status after the step. */
    private void history(UUID id, long sequence, String action, LocalDate on, Instant recordedAt,
                         Map<String, Object> details) {
        List<Object> params = new ArrayList<>(List.of(id, sequence, action, Date.valueOf(on), at(recordedAt)));
        StringBuilder json = new StringBuilder("jsonb_build_object(");
        details.forEach((key, value) -> {
            if (params.size() > 5) {
                json.append(", ");
            }
            json.append("?::text, ");
            params.add(key);
            if (value instanceof Boolean) {
                json.append("?::boolean");
                params.add(value);
            } else if (value instanceof Number) {
                json.append("?::numeric");
                params.add(value);
            } else {
                json.append("?::text");
                params.add(value.toString());
            }
        });
        json.append(')');
        params.add(id);
        jdbc.sql("""
                        INSERT INTO dispute_case_history (case_id, entry_no, action, occurred_on, recorded_at, status,
                               details)
                        SELECT ?, ?, ?, ?, ?, status, %s FROM dispute_case WHERE case_id = ?
                        ON CONFLICT (case_id, entry_no) DO NOTHING""".formatted(json))
                .params(params)
                .update();
    }

    /** Named details in order, leaving out those without a value. */
    private static Map<String, Object> details(@Nullable Object... keyValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            if (value != null) {
                details.put(String.valueOf(keyValues[i]), value);
            }
        }
        return details;
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
