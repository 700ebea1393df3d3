package dev.publiccredit.ledger.projections.disclosure;

import dev.publiccredit.ledger.core.dispute.event.ObjectionDecided;
import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionRaised;
import dev.publiccredit.ledger.core.dispute.event.ObjectionReviewRequested;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DisclosureEnded;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import dev.publiccredit.ledger.core.record.event.FieldChange;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.PlatformTime;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.projections.PendingRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds each record's disclosure history: when disclosure began and whether the public could see it, each change
 * to what was disclosed, when and why disclosure ended (revocation, expiry, repair, objection) or resumed, and when
 * an objection flagged the record, was decided, or left an annotation. Entries are keyed by the event's sequence
 * number in the record, so a replay writes the same rows.
 */
@Component
@ProcessingGroup(DisclosureHistoryProjector.GROUP)
public class DisclosureHistoryProjector {

    public static final String GROUP = "disclosure-history";

    private final JdbcClient jdbc;
    private final PendingRows states;
    private final PendingRows entries;

    /** {@code dataSource} is that of {@code jdbc}: the rows of new records go by {@code COPY} where they can. */
    public DisclosureHistoryProjector(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.states = new PendingRows(jdbc, dataSource, """
                INSERT INTO disclosure_state (record_id, subject_code, disclosure, publicity_starts_on,
                       earliest_end_on, latest_end_on, rule_set, disclosed)""", 8,
                "ON CONFLICT (record_id) DO NOTHING", null, null);
        this.entries = new PendingRows(jdbc, dataSource, """
                INSERT INTO disclosure_history_entry (record_id, entry_no, change, recorded_at, effective_on,
                       disclosure, disclosed, publicly_visible, visible_until, reason, changed_fields, cause,
                       case_id)""", 13, "ON CONFLICT (record_id, entry_no) DO NOTHING", null, null);
    }

    @EventHandler
    void on(PenaltyRecorded event, @SequenceNumber long sequence) {
        started(event.recordId(), sequence, event.subject().code(), event.disclosure(), event.publicityWindow(),
                event.timeliness().submittedOn(), event.recordedAt());
    }

    @EventHandler
    void on(LicenceRecorded event, @SequenceNumber long sequence) {
        started(event.recordId(), sequence, event.subject().code(), event.disclosure(), event.publicityWindow(),
                event.timeliness().submittedOn(), event.recordedAt());
    }

    @EventHandler
    void on(RecordCorrected event, @SequenceNumber long sequence) {
        State before = state(event.recordId());
        DisclosureClass disclosure = before.disclosure();
        for (FieldChange change : event.changes()) {
            if (change.field() == CorrectableField.DISCLOSURE && change.newValue() != null) {
                disclosure = DisclosureClass.valueOf(change.newValue());
            }
        }
        PublicityWindow window = event.publicityWindow() != null ? event.publicityWindow() : before.window();
        jdbc.sql("""
                        UPDATE disclosure_state SET disclosure = ?, publicity_starts_on = ?, earliest_end_on = ?,
                               latest_end_on = ?, rule_set = ?
                        WHERE record_id = ?""")
                .params(disclosure.name(), Date.valueOf(window.startsOn()), date(window.earliestEndOn()),
                        date(window.latestEndOn()), window.ruleSet(), event.recordId().value())
                .update();
        if (!before.disclosed()) {
            // kept for when disclosure resumes; nothing the public sees changed
            return;
        }
        String changed = event.changes().stream()
                .map(c -> c.field().fieldName() + ": " + c.oldValue() + " -> " + c.newValue())
                .collect(Collectors.joining("\n"));
        DisclosureChange change = disclosure != before.disclosure()
                ? DisclosureChange.DISCLOSURE_CLASS_CHANGED : DisclosureChange.DISCLOSED_CONTENT_CHANGED;
        entry(event.recordId(), sequence, change, event.recordedAt(), dayOf(event.recordedAt(), window),
                disclosure, true, disclosure == DisclosureClass.PUBLIC, window.latestEndOn(),
                "corrected: " + event.reason(), changed, null, null);
    }

    @EventHandler
    void on(RecordRevoked event, @SequenceNumber long sequence) {
        State before = state(event.recordId());
        jdbc.sql("UPDATE disclosure_state SET disclosed = FALSE WHERE record_id = ?")
                .param(event.recordId().value()).update();
        if (before.disclosed()) {
            entry(event.recordId(), sequence, DisclosureChange.DISCLOSURE_ENDED, event.recordedAt(),
                    event.revokedOn(), before.disclosure(), false, false, null,
                    "decision revoked by " + event.revokingDocumentNumber() + " on " + event.revokedOn() + ": "
                            + event.reason() + " (withdraw by " + event.withdrawalDeadline() + ")", null,
                    "REVOKED", null);
        }
    }

    @EventHandler
    void on(DisclosureEnded event, @SequenceNumber long sequence) {
        State before = state(event.recordId());
        jdbc.sql("UPDATE disclosure_state SET disclosed = FALSE WHERE record_id = ?")
                .param(event.recordId().value()).update();
        if (before.disclosed()) {
            String reason = switch (event.reason()) {
                case PUBLICITY_EXPIRED -> "publicity period ended on " + event.endedOn()
                        + " (公示期满); kept in the archive";
                case REPAIRED -> "credit repair granted (已修复): disclosure ends early";
                case TEMPORARILY_HIDDEN -> "temporarily hidden (暂时屏蔽): the enterprise is in bankruptcy "
                        + "reorganisation";
                case DELETED_AFTER_OBJECTION -> "deleted after an objection found a factual error";
                case STOPPED_AFTER_OBJECTION -> "disclosure stopped after an objection";
            };
            entry(event.recordId(), sequence, DisclosureChange.DISCLOSURE_ENDED, event.recordedAt(), event.endedOn(),
                    before.disclosure(), false, false, null, reason, null, event.reason().name(), event.caseId());
        }
    }

    @EventHandler
    void on(DisclosureResumed event, @SequenceNumber long sequence) {
        State before = state(event.recordId());
        jdbc.sql("UPDATE disclosure_state SET disclosed = TRUE, latest_end_on = ? WHERE record_id = ?")
                .params(date(event.visibleUntil()), event.recordId().value()).update();
        String reason = switch (event.reason()) {
            case REPAIR_REVOKED -> "credit repair revoked: disclosed again";
            case TEMPORARY_HIDING_ENDED -> "temporary hiding ended: the reorganisation was not performed";
            case REVIEW_REVERSED -> "a review (复核) reversed the decision that had ended disclosure";
        };
        entry(event.recordId(), sequence, DisclosureChange.DISCLOSURE_RESUMED, event.recordedAt(), event.resumedOn(),
                before.disclosure(), true, before.disclosure() == DisclosureClass.PUBLIC, event.visibleUntil(),
                reason + (event.visibleUntil() == null ? "" : " until " + event.visibleUntil()), null,
                event.reason().name(), event.caseId());
    }

    @EventHandler
    void on(ObjectionRaised event, @SequenceNumber long sequence) {
        flagged(event.recordId(), sequence, event.recordedAt(), event.raisedOn(), event.objectionId().value(),
                event.ground().name(), "objection raised (异议): " + event.ground()
                        + "; flagged as under objection while it is verified");
    }

    @EventHandler
    void on(ObjectionReviewRequested event, @SequenceNumber long sequence) {
        flagged(event.recordId(), sequence, event.recordedAt(), event.requestedOn(), event.objectionId().value(),
                "REVIEW", "review (复核) of the objection decision requested; flagged again until it is decided");
    }

    @EventHandler
    void on(ObjectionDecided event, @SequenceNumber long sequence) {
        boolean annotated = event.outcome() == ObjectionOutcome.ANNOTATE;
        jdbc.sql("UPDATE disclosure_state SET open_objections = array_remove(open_objections, ?) WHERE record_id = ?")
                .params(event.objectionId().value(), event.recordId().value()).update();
        if (annotated) {
            jdbc.sql("UPDATE disclosure_state SET annotation = ?, annotation_case_id = ? WHERE record_id = ?")
                    .params(event.annotation(), event.objectionId().value(), event.recordId().value()).update();
        } else {
            // a review that decides otherwise takes away the annotation its first decision left
            jdbc.sql("""
                            UPDATE disclosure_state SET annotation = NULL, annotation_case_id = NULL
                            WHERE record_id = ? AND annotation_case_id = ?""")
                    .params(event.recordId().value(), event.objectionId().value()).update();
        }
        State after = state(event.recordId());
        String stage = event.stage() == ObjectionStage.REVIEW ? "review decided: " : "objection decided: ";
        entry(event.recordId(), sequence,
                annotated ? DisclosureChange.OBJECTION_ANNOTATED : DisclosureChange.OBJECTION_UNFLAGGED,
                event.recordedAt(), event.decidedOn(), after.disclosure(), after.disclosed(),
                after.disclosed() && after.disclosure() == DisclosureClass.PUBLIC, after.window().latestEndOn(),
                stage + event.outcome() + (annotated ? " (异议标注): " + event.annotation() : "") + "; "
                        + event.reasoning(), null, event.outcome().name(), event.objectionId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM disclosure_history_entry").update();
        jdbc.sql("DELETE FROM disclosure_state").update();
    }

    private void flagged(RecordId recordId, long sequence, Instant recordedAt, LocalDate on, UUID caseId,
                         String cause, String reason) {
        jdbc.sql("""
                        UPDATE disclosure_state SET open_objections = array_append(
                               array_remove(open_objections, ?), ?)
                        WHERE record_id = ?""")
                .params(caseId, caseId, recordId.value()).update();
        State state = state(recordId);
        entry(recordId, sequence, DisclosureChange.OBJECTION_FLAGGED, recordedAt, on, state.disclosure(),
                state.disclosed(), state.disclosed() && state.disclosure() == DisclosureClass.PUBLIC,
                state.window().latestEndOn(), reason, null, cause, caseId);
    }

    private void started(RecordId recordId, long sequence, String subjectCode, DisclosureClass disclosure,
                         PublicityWindow window, LocalDate submittedOn, Instant recordedAt) {
        boolean open = window.latestEndOn() == null || submittedOn.isBefore(window.latestEndOn());
        states.add(recordId.value(), subjectCode, disclosure.name(), window.startsOn(),
                window.earliestEndOn(), window.latestEndOn(), window.ruleSet(), open);
        if (open) {
            String reason = switch (disclosure) {
                case PUBLIC -> "recorded: shown to the public" + (window.latestEndOn() == null ? ""
                        : " until " + window.latestEndOn());
                case AUTHORIZED -> "recorded: disclosed only with the subject's authorisation (授权查询)";
                case SHARED -> "recorded: shared between departments only (部门共享)";
            };
            entry(recordId, sequence, DisclosureChange.DISCLOSURE_STARTED, recordedAt, submittedOn, disclosure, true,
                    disclosure == DisclosureClass.PUBLIC, window.latestEndOn(), reason, null, null, null);
        } else {
            entry(recordId, sequence, DisclosureChange.NOT_DISCLOSED, recordedAt, submittedOn, disclosure, false,
                    false, null, "recorded after its publicity period ended on " + window.latestEndOn(), null,
                    null, null);
        }
    }

    private void entry(RecordId recordId, long sequence, DisclosureChange change, Instant recordedAt,
                       LocalDate effectiveOn, DisclosureClass disclosure, boolean disclosed, boolean publiclyVisible,
                       @Nullable LocalDate visibleUntil, String reason, @Nullable String changedFields,
                       @Nullable String cause, @Nullable UUID caseId) {
        entries.add(recordId.value(), sequence, change.name(), Timestamp.from(recordedAt), effectiveOn,
                disclosure.name(), disclosed, publiclyVisible, publiclyVisible ? visibleUntil : null, reason,
                changedFields, cause, caseId);
    }

    /** The rows of new records wait for the end of the batch; any other event writes them first. */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object inOrder(EventMessage<?> event, InterceptorChain chain) throws Exception {
        return PendingRows.inOrder(event, chain, states, entries);
    }

    private State state(RecordId recordId) {
        return jdbc.sql("""
                        SELECT disclosure, publicity_starts_on, earliest_end_on, latest_end_on, rule_set, disclosed
                        FROM disclosure_state WHERE record_id = ?""")
                .param(recordId.value())
                .query((rs, n) -> new State(DisclosureClass.valueOf(rs.getString(1)),
                        new PublicityWindow(rs.getDate(2).toLocalDate(), localDate(rs.getDate(3)),
                                localDate(rs.getDate(4)), rs.getString(5)), rs.getBoolean(6)))
                .single();
    }

    /** The business day of a change: the recorded instant's day in the platform time zone, at the earliest the start. */
    private static LocalDate dayOf(Instant recordedAt, PublicityWindow window) {
        LocalDate day = PlatformTime.dayOf(recordedAt);
        return day.isBefore(window.startsOn()) ? window.startsOn() : day;
    }

    private record State(DisclosureClass disclosure, PublicityWindow window, boolean disclosed) {
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
