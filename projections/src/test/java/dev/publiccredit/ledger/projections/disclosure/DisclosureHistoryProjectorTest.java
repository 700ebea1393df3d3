package dev.publiccredit.ledger.projections.disclosure;

import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumeReason;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.projections.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static dev.publiccredit.ledger.projections.LedgerEvents.ACME;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureEnded;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureResumed;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionDecided;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionRaised;
import static dev.publiccredit.ledger.projections.LedgerEvents.reviewRequested;
import static dev.publiccredit.ledger.projections.LedgerEvents.RULE_SET;
import static dev.publiccredit.ledger.projections.LedgerEvents.change;
import static dev.publiccredit.ledger.projections.LedgerEvents.corrected;
import static dev.publiccredit.ledger.projections.LedgerEvents.licence;
import static dev.publiccredit.ledger.projections.LedgerEvents.penalty;
import static dev.publiccredit.ledger.projections.LedgerEvents.recordId;
import static dev.publiccredit.ledger.projections.LedgerEvents.revoked;
import static dev.publiccredit.ledger.projections.LedgerEvents.SAMR;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ProjectionDatabase.class)
class DisclosureHistoryProjectorTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);
    private static final LocalDate SUBMITTED = LocalDate.of(2025, 3, 4);
    private static final LocalDate LATEST_END = DECIDED.plusYears(1);
    private static final LocalDate IN_WINDOW = LocalDate.of(2025, 6, 1);
    private static final Instant RECORDED_AT = Instant.parse("2025-03-04T02:00:00Z");

    private final DisclosureHistoryProjector projector = new DisclosureHistoryProjector(ProjectionDatabase.jdbc(), ProjectionDatabase.dataSource());
    private final DisclosureHistories histories = new DisclosureHistories(ProjectionDatabase.jdbc());

    private static PenaltyRecorded publicPenalty() {
        return penalty("P-001").decidedOn(DECIDED).submitted(SUBMITTED, DECIDED.plusDays(9)).recordedAt(RECORDED_AT)
                .build();
    }

    @Test
    void publicPenalty_startsDisclosure_visibleUntilTheLatestEnd() {
        PenaltyRecorded penalty = publicPenalty();

        projector.on(penalty, 0);

        DisclosureHistoryView view = histories.find(penalty.recordId(), IN_WINDOW).orElseThrow();
        assertThat(view.recordId()).isEqualTo(penalty.recordId().toString());
        assertThat(view.subjectCode()).isEqualTo(ACME.code());
        assertThat(view.disclosure()).isEqualTo("PUBLIC");
        assertThat(view.publicityWindow()).isEqualTo(penalty.publicityWindow());
        assertThat(view.asOf()).isEqualTo(IN_WINDOW);
        assertThat(view.disclosed()).isTrue();
        assertThat(view.publiclyVisible()).isTrue();
        assertThat(view.entries()).singleElement().satisfies(e -> {
            assertThat(e.entryNo()).isZero();
            assertThat(e.change()).isEqualTo(DisclosureChange.DISCLOSURE_STARTED);
            assertThat(e.recordedAt()).isEqualTo(RECORDED_AT);
            assertThat(e.effectiveOn()).isEqualTo(SUBMITTED);
            assertThat(e.disclosure()).isEqualTo("PUBLIC");
            assertThat(e.disclosed()).isTrue();
            assertThat(e.publiclyVisible()).isTrue();
            assertThat(e.visibleUntil()).isEqualTo(LATEST_END);
            assertThat(e.reason()).contains(LATEST_END.toString());
            assertThat(e.changedFields()).isEmpty();
        });
    }

    @Test
    void authorizedPenalty_startsDisclosure_butNotPublicly() {
        PenaltyRecorded penalty = penalty("P-001").decidedOn(DECIDED).disclosure(DisclosureClass.AUTHORIZED).build();

        projector.on(penalty, 0);

        DisclosureHistoryView view = histories.find(penalty.recordId(), IN_WINDOW).orElseThrow();
        assertThat(view.disclosure()).isEqualTo("AUTHORIZED");
        assertThat(view.disclosed()).isTrue();
        assertThat(view.publiclyVisible()).isFalse();
        assertThat(view.entries()).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo(DisclosureChange.DISCLOSURE_STARTED);
            assertThat(e.disclosed()).isTrue();
            assertThat(e.publiclyVisible()).isFalse();
            assertThat(e.visibleUntil()).isNull();
            assertThat(e.reason()).contains("授权查询");
        });
    }

    @Test
    void publicLicence_isVisibleWithoutEnd() {
        LicenceRecorded licence = licence("L-001").decidedOn(DECIDED).build();

        projector.on(licence, 0);

        DisclosureHistoryView view = histories.find(licence.recordId(), DECIDED.plusYears(30)).orElseThrow();
        assertThat(view.publiclyVisible()).isTrue();
        assertThat(view.entries()).singleElement().satisfies(e -> {
            assertThat(e.change()).isEqualTo(DisclosureChange.DISCLOSURE_STARTED);
            assertThat(e.publiclyVisible()).isTrue();
            assertThat(e.visibleUntil()).isNull();
        });
    }

    @Test
    void recordSubmittedOnOrAfterItsLatestEnd_isNeverDisclosed() {
        LocalDate decided = LocalDate.of(2023, 1, 10);
        PenaltyRecorded late = penalty("P-001").decidedOn(decided)
                .submitted(LocalDate.of(2025, 3, 4), decided.plusDays(9)).build();
        PenaltyRecorded onTheEnd = penalty("P-002").decidedOn(decided)
                .submitted(decided.plusYears(1), decided.plusDays(9)).build();

        projector.on(late, 0);
        projector.on(onTheEnd, 0);
        // neither a correction nor a revocation of an undisclosed record changes its disclosure
        projector.on(corrected(late.recordId(), RecordCategory.PENALTY, ACME.code(), Instant.parse(
                "2025-03-05T02:00:00Z"), change(CorrectableField.DECISION_NUMBER, "a", "b")), 1);
        projector.on(revoked(late.recordId(), RecordCategory.PENALTY, ACME.code(), "京海政复〔2025〕1号",
                LocalDate.of(2025, 3, 6), Instant.parse("2025-03-06T02:00:00Z")), 2);

        for (PenaltyRecorded penalty : new PenaltyRecorded[]{late, onTheEnd}) {
            // asked for a day inside the (past) window: still not disclosed
            DisclosureHistoryView view = histories.find(penalty.recordId(), decided.plusMonths(1)).orElseThrow();
            assertThat(view.disclosed()).isFalse();
            assertThat(view.publiclyVisible()).isFalse();
            assertThat(view.entries()).singleElement().satisfies(e -> {
                assertThat(e.change()).isEqualTo(DisclosureChange.NOT_DISCLOSED);
                assertThat(e.effectiveOn()).isEqualTo(penalty.timeliness().submittedOn());
                assertThat(e.disclosed()).isFalse();
                assertThat(e.publiclyVisible()).isFalse();
                assertThat(e.visibleUntil()).isNull();
                assertThat(e.reason()).contains(decided.plusYears(1).toString());
            });
        }
    }

    @Test
    void correction_recordsTheChangedFieldsWithOldAndNewValues() {
        PenaltyRecorded penalty = publicPenalty();
        PublicityWindow longer = new PublicityWindow(DECIDED, DECIDED.plusMonths(6), DECIDED.plusYears(3), RULE_SET);
        // 01:30 on 11 March in Beijing: the change takes effect on the platform's day, not the UTC day
        Instant at = Instant.parse("2025-03-10T17:30:00Z");

        projector.on(penalty, 0);
        projector.on(corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(), at, longer, null,
                change(CorrectableField.DECISION_NUMBER, "京海市监罚〔2025〕1号", "京海市监罚〔2025〕2号"),
                change(CorrectableField.SEVERITY, "GENERAL", "SERIOUS")), 1);

        DisclosureHistoryView view = histories.find(penalty.recordId(), LATEST_END.plusMonths(1)).orElseThrow();
        assertThat(view.publicityWindow()).isEqualTo(longer);
        assertThat(view.publiclyVisible()).isTrue();
        assertThat(view.entries()).hasSize(2);
        assertThat(view.entries().get(1)).satisfies(e -> {
            assertThat(e.entryNo()).isEqualTo(1);
            assertThat(e.change()).isEqualTo(DisclosureChange.DISCLOSED_CONTENT_CHANGED);
            assertThat(e.recordedAt()).isEqualTo(at);
            assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2025, 3, 11));
            assertThat(e.disclosure()).isEqualTo("PUBLIC");
            assertThat(e.disclosed()).isTrue();
            assertThat(e.publiclyVisible()).isTrue();
            assertThat(e.visibleUntil()).isEqualTo(DECIDED.plusYears(3));
            assertThat(e.reason()).contains("typo in the submission");
            assertThat(e.changedFields()).containsExactly(
                    "decisionNumber: 京海市监罚〔2025〕1号 -> 京海市监罚〔2025〕2号",
                    "severity: GENERAL -> SERIOUS");
        });
    }

    @Test
    void disclosureClassCorrectedToAuthorized_endsPublicVisibility() {
        PenaltyRecorded penalty = publicPenalty();
        Instant at = Instant.parse("2025-03-12T02:00:00Z");

        projector.on(penalty, 0);
        projector.on(corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(), at,
                change(CorrectableField.DISCLOSURE, "PUBLIC", "AUTHORIZED")), 1);

        DisclosureHistoryView view = histories.find(penalty.recordId(), IN_WINDOW).orElseThrow();
        assertThat(view.disclosure()).isEqualTo("AUTHORIZED");
        assertThat(view.disclosed()).isTrue();
        assertThat(view.publiclyVisible()).isFalse();
        assertThat(view.publicityWindow()).isEqualTo(penalty.publicityWindow());
        assertThat(view.entries()).extracting(DisclosureHistoryView.Entry::change).containsExactly(
                DisclosureChange.DISCLOSURE_STARTED, DisclosureChange.DISCLOSURE_CLASS_CHANGED);
        assertThat(view.entries().get(1)).satisfies(e -> {
            assertThat(e.disclosure()).isEqualTo("AUTHORIZED");
            assertThat(e.disclosed()).isTrue();
            assertThat(e.publiclyVisible()).isFalse();
            assertThat(e.visibleUntil()).isNull();
            assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2025, 3, 12));
            assertThat(e.changedFields()).containsExactly("disclosure: PUBLIC -> AUTHORIZED");
        });
    }

    @Test
    void revocation_endsDisclosure_namingTheRevokingDocument() {
        PenaltyRecorded penalty = publicPenalty();
        LocalDate revokedOn = LocalDate.of(2025, 5, 6);
        RecordRevoked revocation = revoked(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                "京海政复〔2025〕12号", revokedOn, Instant.parse("2025-05-06T08:00:00Z"));

        projector.on(penalty, 0);
        projector.on(revocation, 1);

        DisclosureHistoryView view = histories.find(penalty.recordId(), IN_WINDOW).orElseThrow();
        assertThat(view.disclosed()).isFalse();
        assertThat(view.publiclyVisible()).isFalse();
        assertThat(view.disclosure()).isEqualTo("PUBLIC");
        assertThat(view.entries()).extracting(DisclosureHistoryView.Entry::change).containsExactly(
                DisclosureChange.DISCLOSURE_STARTED, DisclosureChange.DISCLOSURE_ENDED);
        assertThat(view.entries().get(1)).satisfies(e -> {
            assertThat(e.entryNo()).isEqualTo(1);
            assertThat(e.effectiveOn()).isEqualTo(revokedOn);
            assertThat(e.recordedAt()).isEqualTo(revocation.recordedAt());
            assertThat(e.disclosed()).isFalse();
            assertThat(e.publiclyVisible()).isFalse();
            assertThat(e.visibleUntil()).isNull();
            assertThat(e.reason()).contains("京海政复〔2025〕12号", revocation.reason(),
                    revocation.withdrawalDeadline().toString());
        });
    }

    @Test
    void publicVisibility_followsTheWindow() {
        PenaltyRecorded penalty = publicPenalty();

        projector.on(penalty, 0);

        assertThat(histories.find(penalty.recordId(), DECIDED.minusDays(1)).orElseThrow().publiclyVisible())
                .isFalse();
        assertThat(histories.find(penalty.recordId(), DECIDED).orElseThrow().publiclyVisible()).isTrue();
        assertThat(histories.find(penalty.recordId(), LATEST_END.minusDays(1)).orElseThrow().publiclyVisible())
                .isTrue();
        DisclosureHistoryView after = histories.find(penalty.recordId(), LATEST_END).orElseThrow();
        assertThat(after.publiclyVisible()).isFalse();
        assertThat(after.disclosed()).isFalse();
        // the history still says what was decided when it started
        assertThat(after.entries().get(0).publiclyVisible()).isTrue();
    }

    @Test
    void replayingTheSameEvents_writesTheSameHistory() {
        PenaltyRecorded penalty = publicPenalty();
        RecordCorrected toAuthorized = corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                Instant.parse("2025-03-12T02:00:00Z"), change(CorrectableField.DISCLOSURE, "PUBLIC", "AUTHORIZED"));
        RecordCorrected content = corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                Instant.parse("2025-03-13T02:00:00Z"), change(CorrectableField.PENALTY_CONTENT, "警告", "罚款"));
        RecordRevoked revocation = revoked(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                "京海政复〔2025〕12号", LocalDate.of(2025, 5, 6), Instant.parse("2025-05-06T08:00:00Z"));
        Runnable all = () -> {
            projector.on(penalty, 0);
            projector.on(toAuthorized, 1);
            projector.on(content, 2);
            projector.on(revocation, 3);
        };

        all.run();
        DisclosureHistoryView once = histories.find(penalty.recordId(), IN_WINDOW).orElseThrow();
        all.run();
        DisclosureHistoryView twice = histories.find(penalty.recordId(), IN_WINDOW).orElseThrow();

        assertThat(twice).isEqualTo(once);
        assertThat(twice.disclosure()).isEqualTo("AUTHORIZED");
        assertThat(twice.entries()).extracting(DisclosureHistoryView.Entry::change).containsExactly(
                DisclosureChange.DISCLOSURE_STARTED, DisclosureChange.DISCLOSURE_CLASS_CHANGED,
                DisclosureChange.DISCLOSED_CONTENT_CHANGED, DisclosureChange.DISCLOSURE_ENDED);
    }

    @ParameterizedTest
    @EnumSource(DisclosureEndReason.class)
    void disclosureEnded_endsDisclosure_sayingWhyAndByWhichCase(DisclosureEndReason reason) {
        PenaltyRecorded penalty = publicPenalty();
        UUID caseId = reason == DisclosureEndReason.PUBLICITY_EXPIRED ? null : UUID.randomUUID();
        LocalDate endedOn = reason == DisclosureEndReason.PUBLICITY_EXPIRED ? LATEST_END : IN_WINDOW;
        Instant at = Instant.parse("2025-06-01T08:00:00Z");

        projector.on(penalty, 0);
        projector.on(disclosureEnded(penalty.recordId(), reason, endedOn, caseId, at), 1);

        DisclosureHistoryView view = histories.find(penalty.recordId(), IN_WINDOW).orElseThrow();
        assertThat(view.disclosed()).as("ended, even inside the window").isFalse();
        assertThat(view.publiclyVisible()).isFalse();
        assertThat(view.entries()).extracting(DisclosureHistoryView.Entry::change).containsExactly(
                DisclosureChange.DISCLOSURE_STARTED, DisclosureChange.DISCLOSURE_ENDED);
        assertThat(view.entries().get(1)).satisfies(e -> {
            assertThat(e.entryNo()).isEqualTo(1);
            assertThat(e.effectiveOn()).isEqualTo(endedOn);
            assertThat(e.recordedAt()).isEqualTo(at);
            assertThat(e.disclosed()).isFalse();
            assertThat(e.publiclyVisible()).isFalse();
            assertThat(e.visibleUntil()).isNull();
            assertThat(e.cause()).isEqualTo(reason.name());
            assertThat(e.caseId()).isEqualTo(caseId == null ? null : caseId.toString());
            assertThat(e.reason()).isNotBlank();
        });
    }

    @Test
    void disclosureEndedAndResumed_showWhenThePublicViewChangedAndWhy() {
        PenaltyRecorded penalty = publicPenalty();
        UUID application = UUID.randomUUID();

        projector.on(penalty, 0);
        projector.on(disclosureEnded(penalty.recordId(), DisclosureEndReason.REPAIRED, LocalDate.of(2025, 6, 10),
                application, Instant.parse("2025-06-10T02:00:00Z")), 2);
        assertThat(histories.find(penalty.recordId(), LocalDate.of(2025, 7, 1)).orElseThrow().entries().get(1)
                .reason()).contains("已修复");
        projector.on(disclosureResumed(penalty.recordId(), DisclosureResumeReason.REPAIR_REVOKED,
                LocalDate.of(2025, 8, 1), LATEST_END, application, Instant.parse("2025-08-01T02:00:00Z")), 4);

        DisclosureHistoryView view = histories.find(penalty.recordId(), LocalDate.of(2025, 8, 2)).orElseThrow();
        assertThat(view.disclosed()).isTrue();
        assertThat(view.publiclyVisible()).isTrue();
        assertThat(view.entries()).extracting(DisclosureHistoryView.Entry::change).containsExactly(
                DisclosureChange.DISCLOSURE_STARTED, DisclosureChange.DISCLOSURE_ENDED,
                DisclosureChange.DISCLOSURE_RESUMED);
        assertThat(view.entries().get(2)).satisfies(e -> {
            assertThat(e.entryNo()).isEqualTo(4);
            assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2025, 8, 1));
            assertThat(e.disclosed()).isTrue();
            assertThat(e.publiclyVisible()).isTrue();
            assertThat(e.visibleUntil()).isEqualTo(LATEST_END);
            assertThat(e.cause()).isEqualTo("REPAIR_REVOKED");
            assertThat(e.caseId()).isEqualTo(application.toString());
            assertThat(e.reason()).contains("revoked", LATEST_END.toString());
        });
        assertThat(histories.find(penalty.recordId(), LATEST_END).orElseThrow().disclosed())
                .as("the window still ends").isFalse();
    }

    @Test
    void disclosureEnded_ofARecordNeverDisclosed_addsNoEntry() {
        LocalDate decided = LocalDate.of(2023, 1, 10);
        PenaltyRecorded late = penalty("P-001").decidedOn(decided)
                .submitted(LocalDate.of(2025, 3, 4), decided.plusDays(9)).build();

        projector.on(late, 0);
        projector.on(disclosureEnded(late.recordId(), DisclosureEndReason.PUBLICITY_EXPIRED, decided.plusYears(1),
                null, Instant.parse("2025-03-05T02:00:00Z")), 1);

        assertThat(histories.find(late.recordId(), decided.plusMonths(1)).orElseThrow().entries())
                .extracting(DisclosureHistoryView.Entry::change).containsExactly(DisclosureChange.NOT_DISCLOSED);
    }

    @Test
    void objection_flagsAnnotatesAndUnflagsTheRecord() {
        PenaltyRecorded penalty = publicPenalty();
        ObjectionId objection = ObjectionId.random();
        LocalDate raised = LocalDate.of(2025, 4, 1);

        projector.on(penalty, 0);
        projector.on(objectionRaised(penalty.recordId(), objection, raised, raised.plusDays(7),
                Instant.parse("2025-04-01T02:00:00Z")), 1);
        DisclosureHistoryView flagged = histories.find(penalty.recordId(), IN_WINDOW).orElseThrow();
        assertThat(flagged.underObjection()).isTrue();
        assertThat(flagged.annotation()).isNull();
        assertThat(flagged.entries().get(1)).satisfies(e -> {
            assertThat(e.change()).isEqualTo(DisclosureChange.OBJECTION_FLAGGED);
            assertThat(e.effectiveOn()).isEqualTo(raised);
            assertThat(e.disclosed()).isTrue();
            assertThat(e.publiclyVisible()).isTrue();
            assertThat(e.visibleUntil()).isEqualTo(LATEST_END);
            assertThat(e.cause()).isEqualTo("ERROR");
            assertThat(e.caseId()).isEqualTo(objection.toString());
            assertThat(e.reason()).contains("异议");
        });

        projector.on(objectionDecided(penalty.recordId(), objection, ObjectionStage.FIRST, ObjectionOutcome.ANNOTATE,
                raised.plusDays(5), true, Instant.parse("2025-04-06T02:00:00Z")), 2);
        DisclosureHistoryView annotated = histories.find(penalty.recordId(), IN_WINDOW).orElseThrow();
        assertThat(annotated.underObjection()).isFalse();
        assertThat(annotated.annotation()).isEqualTo("当事人对罚款金额有异议，尚无法核实");
        assertThat(annotated.entries().get(2)).satisfies(e -> {
            assertThat(e.change()).isEqualTo(DisclosureChange.OBJECTION_ANNOTATED);
            assertThat(e.cause()).isEqualTo("ANNOTATE");
            assertThat(e.reason()).contains("当事人对罚款金额有异议，尚无法核实");
        });

        projector.on(reviewRequested(penalty.recordId(), objection, raised.plusDays(8), raised.plusDays(15),
                Instant.parse("2025-04-09T02:00:00Z")), 3);
        assertThat(histories.find(penalty.recordId(), IN_WINDOW).orElseThrow().underObjection()).isTrue();
        projector.on(objectionDecided(penalty.recordId(), objection, ObjectionStage.REVIEW, ObjectionOutcome.DELETE,
                raised.plusDays(12), true, Instant.parse("2025-04-13T02:00:00Z")), 4);
        projector.on(disclosureEnded(penalty.recordId(), DisclosureEndReason.DELETED_AFTER_OBJECTION,
                raised.plusDays(12), objection.value(), Instant.parse("2025-04-13T02:00:00Z")), 5);

        DisclosureHistoryView deleted = histories.find(penalty.recordId(), IN_WINDOW).orElseThrow();
        assertThat(deleted.underObjection()).isFalse();
        assertThat(deleted.annotation()).as("the review decided otherwise").isNull();
        assertThat(deleted.disclosed()).isFalse();
        assertThat(deleted.entries()).extracting(DisclosureHistoryView.Entry::change).containsExactly(
                DisclosureChange.DISCLOSURE_STARTED, DisclosureChange.OBJECTION_FLAGGED,
                DisclosureChange.OBJECTION_ANNOTATED, DisclosureChange.OBJECTION_FLAGGED,
                DisclosureChange.OBJECTION_UNFLAGGED, DisclosureChange.DISCLOSURE_ENDED);
        assertThat(deleted.entries().get(3).cause()).isEqualTo("REVIEW");
        assertThat(deleted.entries().get(4)).satisfies(e -> {
            assertThat(e.cause()).isEqualTo("DELETE");
            assertThat(e.reason()).startsWith("review decided: DELETE");
            assertThat(e.disclosed()).as("disclosure ends with the next entry").isTrue();
        });
        assertThat(deleted.entries().get(5).cause()).isEqualTo("DELETED_AFTER_OBJECTION");
    }

    @Test
    void aReviewBesideANewerObjection_leavesTheRecordFlagged() {
        PenaltyRecorded penalty = publicPenalty();
        ObjectionId first = ObjectionId.random();
        ObjectionId newer = ObjectionId.random();
        LocalDate raised = LocalDate.of(2025, 4, 1);
        Instant at = Instant.parse("2025-04-01T02:00:00Z");

        projector.on(penalty, 0);
        projector.on(objectionRaised(penalty.recordId(), first, raised, raised.plusDays(7), at), 1);
        projector.on(objectionDecided(penalty.recordId(), first, ObjectionStage.FIRST, ObjectionOutcome.UNFLAG,
                raised.plusDays(2), true, at), 2);
        projector.on(objectionRaised(penalty.recordId(), newer, raised.plusDays(3), raised.plusDays(10), at), 3);
        projector.on(reviewRequested(penalty.recordId(), first, raised.plusDays(4), raised.plusDays(11), at), 4);
        projector.on(objectionDecided(penalty.recordId(), first, ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG,
                raised.plusDays(5), true, at), 5);

        assertThat(histories.find(penalty.recordId(), IN_WINDOW).orElseThrow().underObjection()).isTrue();
        projector.on(objectionDecided(penalty.recordId(), newer, ObjectionStage.FIRST, ObjectionOutcome.UNFLAG,
                raised.plusDays(6), true, at), 6);
        assertThat(histories.find(penalty.recordId(), IN_WINDOW).orElseThrow().underObjection()).isFalse();
    }

    @Test
    void unknownRecord_hasNoHistory() {
        projector.on(publicPenalty(), 0);

        assertThat(histories.find(recordId(SAMR, "P-999"), IN_WINDOW)).isEmpty();
    }
}
