package dev.publiccredit.ledger.projections.record;

import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DoublePublicityTimeliness;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.Severity;
import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumeReason;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static dev.publiccredit.ledger.projections.LedgerEvents.ACME;
import static dev.publiccredit.ledger.projections.LedgerEvents.RULE_SET;
import static dev.publiccredit.ledger.projections.LedgerEvents.change;
import static dev.publiccredit.ledger.projections.LedgerEvents.corrected;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureEnded;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureResumed;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionDecided;
import static dev.publiccredit.ledger.projections.LedgerEvents.licence;
import static dev.publiccredit.ledger.projections.LedgerEvents.penalty;
import static dev.publiccredit.ledger.projections.LedgerEvents.revoked;
import static dev.publiccredit.ledger.projections.LedgerEvents.timeliness;
import static org.assertj.core.api.Assertions.assertThat;

class RecordFoldTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);
    private static final Instant RECORDED_AT = Instant.parse("2025-03-04T02:00:00Z");

    @Test
    void recordedCorrectedRevoked_foldsIntoTheCorrectedRevokedRecord() {
        PenaltyRecorded penalty = penalty("P-001").decidedOn(DECIDED).submitted(DECIDED.plusDays(12),
                DECIDED.plusDays(9)).recordedAt(RECORDED_AT).build();
        LocalDate newDecisionDate = DECIDED.plusDays(5);
        PublicityWindow newWindow = new PublicityWindow(newDecisionDate, newDecisionDate.plusMonths(6),
                newDecisionDate.plusYears(3), RULE_SET);
        DoublePublicityTimeliness newTimeliness = timeliness(newDecisionDate, DECIDED.plusDays(12),
                newDecisionDate.plusDays(9));
        RecordCorrected first = corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                Instant.parse("2025-03-20T02:00:00Z"), newWindow, newTimeliness,
                change(CorrectableField.DECISION_DATE, DECIDED.toString(), newDecisionDate.toString()),
                change(CorrectableField.SEVERITY, "GENERAL", "SERIOUS"),
                change(CorrectableField.DECISION_NUMBER, penalty.details().decisionNumber(), "京海市监罚〔2025〕9号"));
        RecordCorrected second = corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                Instant.parse("2025-03-21T02:00:00Z"),
                change(CorrectableField.SUBJECT_NAME, ACME.name(), "北京阿克米智能科技有限公司"),
                change(CorrectableField.DISCLOSURE, "PUBLIC", "AUTHORIZED"));
        RecordRevoked revocation = revoked(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                "京海政复〔2025〕12号", LocalDate.of(2025, 5, 6), Instant.parse("2025-05-06T08:00:00Z"));

        RecordView view = new RecordFold().add(penalty, 0).add(first, 1).add(second, 2).add(revocation, 3).view()
                .orElseThrow();

        assertThat(view.recordId()).isEqualTo(penalty.recordId().toString());
        assertThat(view.category()).isEqualTo(RecordCategory.PENALTY);
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.sourceDepartment()).isEqualTo("SAMR-HAIDIAN");
        assertThat(view.sourceDepartmentName()).isEqualTo(penalty.source().departmentName());
        assertThat(view.sourceDepartmentCreditCode()).isEqualTo(penalty.source().departmentCreditCode());
        assertThat(view.sourceRecordId()).isEqualTo("P-001");
        assertThat(view.subject()).isEqualTo(ACME.withName("北京阿克米智能科技有限公司"));
        assertThat(view.disclosure()).isEqualTo(DisclosureClass.AUTHORIZED);
        assertThat(view.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(view.licence()).isNull();
        assertThat(view.penalty()).isNotNull();
        assertThat(view.penalty().decisionNumber()).isEqualTo("京海市监罚〔2025〕9号");
        assertThat(view.penalty().decisionDate()).isEqualTo(newDecisionDate);
        assertThat(view.penalty().penaltyContent()).isEqualTo(penalty.details().penaltyContent());
        assertThat(view.publicityWindow()).isEqualTo(newWindow);
        assertThat(view.doublePublicity()).isEqualTo(newTimeliness);
        assertThat(view.doublePublicity().onTime()).isTrue();
        assertThat(view.status()).isEqualTo(RecordView.Status.REVOKED);
        assertThat(view.revocation()).isEqualTo(new RecordView.Revocation("京海政复〔2025〕12号",
                LocalDate.of(2025, 5, 6), revocation.reason(), revocation.withdrawalDeadline(),
                revocation.recordedAt()));
        assertThat(view.corrections()).isEqualTo(2);
        assertThat(view.recordedAt()).isEqualTo(RECORDED_AT);
        assertThat(view.lastChangedAt()).isEqualTo(revocation.recordedAt());
    }

    @Test
    void correctionWithoutWindowOrTimeliness_keepsTheRecordedOnes() {
        PenaltyRecorded penalty = penalty("P-001").decidedOn(DECIDED).build();
        RecordCorrected correction = corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                Instant.parse("2025-03-20T02:00:00Z"), change(CorrectableField.PENALTY_CONTENT, "警告", "罚款"));

        RecordView view = new RecordFold().add(penalty, 0).add(correction, 1).view().orElseThrow();

        assertThat(view.version()).isEqualTo(1);
        assertThat(view.penalty().penaltyContent()).isEqualTo("罚款");
        assertThat(view.publicityWindow()).isEqualTo(penalty.publicityWindow());
        assertThat(view.doublePublicity()).isEqualTo(penalty.timeliness());
        assertThat(view.status()).isEqualTo(RecordView.Status.RECORDED);
        assertThat(view.lastChangedAt()).isEqualTo(correction.recordedAt());
    }

    @Test
    void recordedLicence_isARecordedRecordAtVersionZero() {
        LicenceRecorded licence = licence("L-001").build();

        RecordView view = new RecordFold().add(licence, 0).view().orElseThrow();

        assertThat(view.category()).isEqualTo(RecordCategory.LICENCE);
        assertThat(view.version()).isZero();
        assertThat(view.licence()).isEqualTo(licence.details());
        assertThat(view.penalty()).isNull();
        assertThat(view.severity()).isNull();
        assertThat(view.status()).isEqualTo(RecordView.Status.RECORDED);
        assertThat(view.revocation()).isNull();
        assertThat(view.corrections()).isZero();
        assertThat(view.recordedAt()).isEqualTo(licence.recordedAt());
        assertThat(view.lastChangedAt()).isEqualTo(licence.recordedAt());
    }

    @Test
    void noEvents_noView() {
        assertThat(new RecordFold().view()).isEmpty();
    }

    @Test
    void eventsOfNoRecordKind_giveNoView() {
        assertThat(new RecordFold().add("not an event", 0).view()).isEmpty();
    }

    @Test
    void disclosureEndedThenResumed_showsTheEndWhileItLasts() {
        PenaltyRecorded penalty = penalty("P-001").decidedOn(DECIDED).build();
        java.util.UUID application = java.util.UUID.fromString("0f0e0d0c-0b0a-4909-8807-060504030201");
        RecordFold fold = new RecordFold().add(penalty, 0).add(disclosureEnded(penalty.recordId(),
                DisclosureEndReason.REPAIRED, DECIDED.plusMonths(4), application,
                Instant.parse("2025-07-03T02:00:00Z")), 1);

        RecordView repaired = fold.view().orElseThrow();
        assertThat(repaired.disclosureEnded()).isEqualTo(new RecordView.DisclosureEnd(DisclosureEndReason.REPAIRED,
                DECIDED.plusMonths(4), application.toString()));
        assertThat(repaired.status()).isEqualTo(RecordView.Status.RECORDED);
        assertThat(repaired.lastChangedAt()).isEqualTo(Instant.parse("2025-07-03T02:00:00Z"));

        RecordView resumed = fold.add(disclosureResumed(penalty.recordId(), DisclosureResumeReason.REPAIR_REVOKED,
                DECIDED.plusMonths(5), DECIDED.plusYears(1), application, Instant.parse("2025-08-04T02:00:00Z")), 2)
                .view().orElseThrow();
        assertThat(resumed.disclosureEnded()).isNull();
        assertThat(resumed.version()).isEqualTo(2);
    }

    @Test
    void deleteDecision_deletesTheRecord_untilItsReviewLetsItStand() {
        PenaltyRecorded penalty = penalty("P-001").decidedOn(DECIDED).build();
        ObjectionId objection = ObjectionId.parse("1a2b3c4d-0000-4000-8000-000000000001");
        RecordFold fold = new RecordFold().add(penalty, 0)
                .add(objectionDecided(penalty.recordId(), objection, ObjectionStage.FIRST, ObjectionOutcome.DELETE,
                        DECIDED.plusDays(20), true, RECORDED_AT), 2);
        assertThat(fold.view().orElseThrow().status()).isEqualTo(RecordView.Status.DELETED);

        fold.add(objectionDecided(penalty.recordId(), objection, ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG,
                DECIDED.plusDays(30), true, RECORDED_AT), 4);
        assertThat(fold.view().orElseThrow().status()).isEqualTo(RecordView.Status.RECORDED);
    }

    @Test
    void reviewUpholdingAnotherOutcome_leavesADeletedRecordDeleted() {
        PenaltyRecorded penalty = penalty("P-001").decidedOn(DECIDED).build();
        ObjectionId objection = ObjectionId.parse("1a2b3c4d-0000-4000-8000-000000000002");
        RecordView view = new RecordFold().add(penalty, 0)
                .add(objectionDecided(penalty.recordId(), objection, ObjectionStage.FIRST, ObjectionOutcome.DELETE,
                        DECIDED.plusDays(20), true, RECORDED_AT), 2)
                .add(objectionDecided(penalty.recordId(), objection, ObjectionStage.REVIEW,
                        ObjectionOutcome.STOP_DISCLOSURE, DECIDED.plusDays(30), true, RECORDED_AT), 4)
                .view().orElseThrow();
        assertThat(view.status()).isEqualTo(RecordView.Status.DELETED);
    }
}
