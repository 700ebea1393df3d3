package dev.publiccredit.ledger.projections.profile;

import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumeReason;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.projections.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.publiccredit.ledger.projections.LedgerEvents.ACME;
import static dev.publiccredit.ledger.projections.LedgerEvents.TAX;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureEnded;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureResumed;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionDecided;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionForwarded;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionRaised;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairFinalised;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairGranted;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairRevoked;
import static dev.publiccredit.ledger.projections.LedgerEvents.reviewRequested;
import static dev.publiccredit.ledger.projections.LedgerEvents.BETA;
import static dev.publiccredit.ledger.projections.LedgerEvents.RULE_SET;
import static dev.publiccredit.ledger.projections.LedgerEvents.change;
import static dev.publiccredit.ledger.projections.LedgerEvents.corrected;
import static dev.publiccredit.ledger.projections.LedgerEvents.licence;
import static dev.publiccredit.ledger.projections.LedgerEvents.penalty;
import static dev.publiccredit.ledger.projections.LedgerEvents.revoked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ExtendWith(ProjectionDatabase.class)
class CreditProfileProjectorTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);
    private static final LocalDate LATEST_END = DECIDED.plusYears(1);
    private static final Instant PENALTY_AT = Instant.parse("2025-03-04T02:00:00Z");
    private static final Instant LICENCE_AT = Instant.parse("2025-03-05T02:00:00Z");

    private final CreditProfileProjector projector = new CreditProfileProjector(ProjectionDatabase.jdbc(), ProjectionDatabase.dataSource());
    private final CreditProfiles profiles = new CreditProfiles(ProjectionDatabase.jdbc());

    private PenaltyRecorded penalty;
    private LicenceRecorded licence;

    @BeforeEach
    void events() {
        penalty = penalty("P-001").decidedOn(DECIDED).recordedAt(PENALTY_AT).build();
        licence = licence("L-001").decidedOn(LocalDate.of(2025, 2, 10)).recordedAt(LICENCE_AT).build();
    }

    @Test
    void penaltyAndLicence_giveTheSubjectsProfile() {
        projector.on(penalty);
        projector.on(licence);

        CreditProfileView profile = profiles.find(ACME.code(), LocalDate.of(2025, 4, 1)).orElseThrow();

        assertThat(profile.subject()).isEqualTo(new CreditProfileView.Subject("LEGAL_PERSON", ACME.code(),
                ACME.name(), PENALTY_AT, LICENCE_AT));
        assertThat(profile.statusOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(profile.counts()).isEqualTo(new CreditProfileView.Counts(1, 1, 2, 0, 0, 0, 0, 0, 0));

        assertThat(profile.penalties()).singleElement().satisfies(p -> {
            assertThat(p.recordId()).isEqualTo(penalty.recordId().toString());
            assertThat(p.category()).isEqualTo("PENALTY");
            assertThat(p.sourceDepartment()).isEqualTo("SAMR-HAIDIAN");
            assertThat(p.sourceRecordId()).isEqualTo("P-001");
            assertThat(p.decisionNumber()).isEqualTo(penalty.details().decisionNumber());
            assertThat(p.decisionDate()).isEqualTo(DECIDED);
            assertThat(p.summary()).isEqualTo(penalty.details().penaltyContent());
            assertThat(p.disclosure()).isEqualTo("PUBLIC");
            assertThat(p.severity()).isEqualTo("GENERAL");
            assertThat(p.status()).isEqualTo(CreditProfileView.Status.IN_PUBLICITY);
            assertThat(p.publicityWindow()).isEqualTo(
                    new PublicityWindow(DECIDED, DECIDED.plusMonths(3), LATEST_END, RULE_SET));
            assertThat(p.revokedOn()).isNull();
            assertThat(p.revocationReason()).isNull();
            assertThat(p.corrections()).isZero();
            assertThat(p.recordedAt()).isEqualTo(PENALTY_AT);
            assertThat(p.lastChangedAt()).isEqualTo(PENALTY_AT);
        });
        assertThat(profile.licences()).singleElement().satisfies(l -> {
            assertThat(l.recordId()).isEqualTo(licence.recordId().toString());
            assertThat(l.category()).isEqualTo("LICENCE");
            assertThat(l.decisionNumber()).isEqualTo(licence.details().decisionNumber());
            assertThat(l.summary()).isEqualTo(licence.details().licenceContent());
            assertThat(l.severity()).isNull();
            assertThat(l.status()).isEqualTo(CreditProfileView.Status.IN_PUBLICITY);
            assertThat(l.publicityWindow().latestEndOn()).isNull();
        });
    }

    @Test
    void recordsOfOtherSubjects_areNotInTheProfile() {
        projector.on(penalty);
        projector.on(penalty("P-002").subject(BETA).build());

        CreditProfileView profile = profiles.find(ACME.code(), LocalDate.of(2025, 4, 1)).orElseThrow();

        assertThat(profile.penalties()).extracting(CreditProfileView.ProfileRecord::sourceRecordId)
                .containsExactly("P-001");
        assertThat(profile.licences()).isEmpty();
        assertThat(profile.counts()).isEqualTo(new CreditProfileView.Counts(0, 1, 1, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void penalties_newestDecisionFirst() {
        projector.on(penalty);
        projector.on(penalty("P-002").decidedOn(DECIDED.plusDays(20)).build());
        projector.on(penalty("P-003").decidedOn(DECIDED.minusDays(20)).build());

        assertThat(profiles.find(ACME.code(), DECIDED).orElseThrow().penalties())
                .extracting(CreditProfileView.ProfileRecord::sourceRecordId)
                .containsExactly("P-002", "P-001", "P-003");
    }

    @Test
    void publicityEnds_onTheLatestEnd() {
        projector.on(penalty);
        projector.on(licence);

        CreditProfileView dayBefore = profiles.find(ACME.code(), LATEST_END.minusDays(1)).orElseThrow();
        CreditProfileView onEnd = profiles.find(ACME.code(), LATEST_END).orElseThrow();
        CreditProfileView after = profiles.find(ACME.code(), LATEST_END.plusYears(2)).orElseThrow();

        assertThat(dayBefore.penalties().get(0).status()).isEqualTo(CreditProfileView.Status.IN_PUBLICITY);
        assertThat(onEnd.penalties().get(0).status()).isEqualTo(CreditProfileView.Status.PUBLICITY_ENDED);
        assertThat(after.penalties().get(0).status()).isEqualTo(CreditProfileView.Status.PUBLICITY_ENDED);
        assertThat(onEnd.counts()).isEqualTo(new CreditProfileView.Counts(1, 1, 1, 1, 0, 0, 0, 0, 0));
        // a licence has no end to its publicity
        assertThat(after.licences().get(0).status()).isEqualTo(CreditProfileView.Status.IN_PUBLICITY);
    }

    @Test
    void subjectNameCorrection_changesTheCurrentName() {
        projector.on(penalty);
        projector.on(licence);
        Instant at = Instant.parse("2025-03-10T06:00:00Z");

        projector.on(corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(), at,
                change(CorrectableField.SUBJECT_NAME, ACME.name(), "北京阿克米智能科技有限公司")), 1);

        CreditProfileView profile = profiles.find(ACME.code(), LocalDate.of(2025, 4, 1)).orElseThrow();
        assertThat(profile.subject().name()).isEqualTo("北京阿克米智能科技有限公司");
        assertThat(profile.subject().lastChangedAt()).isEqualTo(at);
        assertThat(profile.subject().firstRecordedAt()).isEqualTo(PENALTY_AT);
        assertThat(profile.penalties().get(0).corrections()).isEqualTo(1);
        assertThat(profile.licences().get(0).corrections()).isZero();
    }

    @Test
    void contentCorrection_updatesTheRecordAndCountsIt() {
        projector.on(penalty);
        LocalDate newDecisionDate = DECIDED.minusDays(2);
        PublicityWindow newWindow = new PublicityWindow(newDecisionDate, newDecisionDate.plusMonths(6),
                newDecisionDate.plusYears(3), RULE_SET);
        Instant first = Instant.parse("2025-03-10T06:00:00Z");
        Instant second = Instant.parse("2025-03-12T06:00:00Z");

        projector.on(corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(), first, newWindow, null,
                change(CorrectableField.DECISION_NUMBER, penalty.details().decisionNumber(), "京海市监罚〔2025〕99号"),
                change(CorrectableField.SEVERITY, "GENERAL", "SERIOUS"),
                change(CorrectableField.PENALTY_CONTENT, penalty.details().penaltyContent(), "罚款人民币20000元")), 1);
        projector.on(corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(), second,
                change(CorrectableField.DECISION_DATE, DECIDED.toString(), newDecisionDate.toString()),
                change(CorrectableField.DISCLOSURE, "PUBLIC", "AUTHORIZED")), 2);

        CreditProfileView.ProfileRecord record = profiles.find(ACME.code(), LocalDate.of(2025, 4, 1)).orElseThrow()
                .penalties().get(0);
        assertThat(record.decisionNumber()).isEqualTo("京海市监罚〔2025〕99号");
        assertThat(record.severity()).isEqualTo("SERIOUS");
        assertThat(record.summary()).isEqualTo("罚款人民币20000元");
        assertThat(record.decisionDate()).isEqualTo(newDecisionDate);
        assertThat(record.disclosure()).isEqualTo("AUTHORIZED");
        // the second correction came without a window: the first one's stays
        assertThat(record.publicityWindow()).isEqualTo(newWindow);
        assertThat(record.corrections()).isEqualTo(2);
        assertThat(record.recordedAt()).isEqualTo(PENALTY_AT);
        assertThat(record.lastChangedAt()).isEqualTo(second);
        // the new window decides the status: still in publicity after the old latest end
        assertThat(profiles.find(ACME.code(), LATEST_END).orElseThrow().penalties().get(0).status())
                .isEqualTo(CreditProfileView.Status.IN_PUBLICITY);
    }

    @Test
    void correctionHandledAgain_isCountedOnce() {
        projector.on(penalty);
        RecordCorrected first = corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                Instant.parse("2025-03-10T06:00:00Z"), change(CorrectableField.PENALTY_CONTENT, "警告", "罚款"));
        RecordCorrected second = corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                Instant.parse("2025-03-12T06:00:00Z"), change(CorrectableField.DECISION_NUMBER, "1号", "2号"));

        projector.on(first, 1);
        projector.on(first, 1);
        projector.on(second, 2);
        projector.on(second, 2);

        CreditProfileView.ProfileRecord record = profiles.find(ACME.code(), LocalDate.of(2025, 4, 1)).orElseThrow()
                .penalties().get(0);
        assertThat(record.corrections()).isEqualTo(2);
        assertThat(record.summary()).isEqualTo("罚款");
        assertThat(record.decisionNumber()).isEqualTo("2号");
        assertThat(record.lastChangedAt()).isEqualTo(second.recordedAt());
    }

    @Test
    void revocation_marksTheRecordRevoked() {
        projector.on(penalty);
        projector.on(licence);
        Instant at = Instant.parse("2025-05-06T08:00:00Z");
        RecordRevoked revocation = revoked(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                "京海政复〔2025〕12号", LocalDate.of(2025, 5, 6), at);

        projector.on(revocation);

        CreditProfileView profile = profiles.find(ACME.code(), LocalDate.of(2025, 6, 1)).orElseThrow();
        CreditProfileView.ProfileRecord record = profile.penalties().get(0);
        assertThat(record.status()).isEqualTo(CreditProfileView.Status.REVOKED);
        assertThat(record.revokedOn()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(record.revocationReason()).isEqualTo(revocation.reason());
        assertThat(record.lastChangedAt()).isEqualTo(at);
        assertThat(profile.counts()).isEqualTo(new CreditProfileView.Counts(1, 1, 1, 0, 1, 0, 0, 0, 0));
        // revoked stays revoked, also after the publicity period would have ended
        assertThat(profiles.find(ACME.code(), LATEST_END.plusDays(1)).orElseThrow().penalties().get(0).status())
                .isEqualTo(CreditProfileView.Status.REVOKED);
    }

    @Test
    void replayingTheSameEvents_givesTheSameProfile() {
        PublicityWindow newWindow = new PublicityWindow(DECIDED, DECIDED.plusMonths(6), DECIDED.plusYears(3),
                RULE_SET);
        RecordCorrected rename = corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                Instant.parse("2025-03-10T06:00:00Z"),
                change(CorrectableField.SUBJECT_NAME, ACME.name(), "北京阿克米智能科技有限公司"));
        RecordCorrected severity = corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(),
                Instant.parse("2025-03-11T06:00:00Z"), newWindow, null,
                change(CorrectableField.SEVERITY, "GENERAL", "SERIOUS"));
        RecordRevoked revocation = revoked(licence.recordId(), RecordCategory.LICENCE, ACME.code(),
                "京海政复〔2025〕12号", LocalDate.of(2025, 5, 6), Instant.parse("2025-05-06T08:00:00Z"));
        Runnable all = () -> {
            projector.on(penalty);
            projector.on(licence);
            projector.on(rename, 1);
            projector.on(severity, 2);
            projector.on(revocation);
        };

        all.run();
        CreditProfileView once = profiles.find(ACME.code(), LocalDate.of(2025, 6, 1)).orElseThrow();
        all.run();
        CreditProfileView twice = profiles.find(ACME.code(), LocalDate.of(2025, 6, 1)).orElseThrow();

        assertThat(twice).isEqualTo(once);
        assertThat(twice.subject().name()).isEqualTo("北京阿克米智能科技有限公司");
        assertThat(twice.penalties()).singleElement().satisfies(p -> {
            assertThat(p.corrections()).isEqualTo(2);
            assertThat(p.severity()).isEqualTo("SERIOUS");
            assertThat(p.publicityWindow()).isEqualTo(newWindow);
        });
        assertThat(twice.licences()).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(CreditProfileView.Status.REVOKED));
    }

    @Test
    void penalty_isDisclosedAndNotUnderObjection_untilSomethingHappens() {
        projector.on(penalty);

        CreditProfileView.ProfileRecord record = profiles.find(ACME.code(), LocalDate.of(2025, 4, 1)).orElseThrow()
                .penalties().get(0);
        assertThat(record.disclosed()).isTrue();
        assertThat(record.underObjection()).isFalse();
        assertThat(record.objection()).isNull();
        assertThat(record.repair()).isNull();
        assertThat(record.disclosureEndedOn()).isNull();
        assertThat(profiles.find(ACME.code(), LATEST_END).orElseThrow().penalties().get(0).disclosed())
                .as("not disclosed once the latest end has come").isFalse();
    }

    @Test
    void objection_flagsTheRecord_fromRaisedUntilDecided_andAgainUnderReview() {
        projector.on(penalty);
        ObjectionId objection = ObjectionId.random();
        LocalDate raised = LocalDate.of(2025, 4, 1);

        projector.on(objectionRaised(penalty.recordId(), objection, raised, raised.plusDays(7),
                Instant.parse("2025-04-01T02:00:00Z")));
        assertThat(penaltyOn(raised)).satisfies(r -> {
            assertThat(r.underObjection()).isTrue();
            assertThat(r.objection()).isEqualTo(new CreditProfileView.Objection(objection.toString(), "OPEN", raised,
                    null));
            assertThat(r.status()).as("a flag does not end disclosure")
                    .isEqualTo(CreditProfileView.Status.IN_PUBLICITY);
            assertThat(r.disclosed()).isTrue();
            assertThat(r.lastChangedAt()).isEqualTo(Instant.parse("2025-04-01T02:00:00Z"));
        });

        projector.on(objectionForwarded(penalty.recordId(), objection, TAX, raised.plusDays(1),
                Instant.parse("2025-04-02T02:00:00Z")));
        assertThat(penaltyOn(raised).objection().status()).isEqualTo("FORWARDED");

        projector.on(objectionDecided(penalty.recordId(), objection, ObjectionStage.FIRST, ObjectionOutcome.UNFLAG,
                raised.plusDays(5), true, Instant.parse("2025-04-06T02:00:00Z")));
        assertThat(penaltyOn(raised)).satisfies(r -> {
            assertThat(r.underObjection()).isFalse();
            assertThat(r.objection()).isNull();
        });

        projector.on(reviewRequested(penalty.recordId(), objection, raised.plusDays(8), raised.plusDays(15),
                Instant.parse("2025-04-09T02:00:00Z")));
        projector.on(objectionForwarded(penalty.recordId(), objection, TAX, raised.plusDays(9),
                Instant.parse("2025-04-10T02:00:00Z")));
        assertThat(penaltyOn(raised)).satisfies(r -> {
            assertThat(r.underObjection()).isTrue();
            assertThat(r.objection()).as("still under review once forwarded").isEqualTo(
                    new CreditProfileView.Objection(objection.toString(), "UNDER_REVIEW", raised.plusDays(8), null));
        });

        projector.on(objectionDecided(penalty.recordId(), objection, ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG,
                raised.plusDays(12), true, Instant.parse("2025-04-13T02:00:00Z")));
        assertThat(penaltyOn(raised).underObjection()).isFalse();
    }

    @Test
    void aReviewBesideANewerObjection_leavesTheRecordFlaggedByTheNewerOne() {
        projector.on(penalty);
        ObjectionId first = ObjectionId.random();
        ObjectionId newer = ObjectionId.random();
        LocalDate raised = LocalDate.of(2025, 4, 1);
        projector.on(objectionRaised(penalty.recordId(), first, raised, raised.plusDays(7), PENALTY_AT));
        projector.on(objectionDecided(penalty.recordId(), first, ObjectionStage.FIRST, ObjectionOutcome.UNFLAG,
                raised.plusDays(2), true, PENALTY_AT));
        projector.on(objectionRaised(penalty.recordId(), newer, raised.plusDays(3), raised.plusDays(10),
                PENALTY_AT));
        projector.on(reviewRequested(penalty.recordId(), first, raised.plusDays(4), raised.plusDays(11),
                PENALTY_AT));

        assertThat(penaltyOn(raised).objection()).as("the most recently flagged").isEqualTo(
                new CreditProfileView.Objection(first.toString(), "UNDER_REVIEW", raised.plusDays(4), null));

        projector.on(objectionDecided(penalty.recordId(), first, ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG,
                raised.plusDays(5), true, PENALTY_AT));
        assertThat(penaltyOn(raised)).satisfies(r -> {
            assertThat(r.underObjection()).as("the newer objection is still open").isTrue();
            assertThat(r.objection()).isEqualTo(new CreditProfileView.Objection(newer.toString(), "OPEN",
                    raised.plusDays(3), null));
        });
    }

    @Test
    void annotate_leavesTheAnnotation_aReviewDecidingOtherwiseTakesItAway() {
        projector.on(penalty);
        ObjectionId objection = ObjectionId.random();
        LocalDate raised = LocalDate.of(2025, 4, 1);
        projector.on(objectionRaised(penalty.recordId(), objection, raised, raised.plusDays(7), PENALTY_AT));

        projector.on(objectionDecided(penalty.recordId(), objection, ObjectionStage.FIRST, ObjectionOutcome.ANNOTATE,
                raised.plusDays(5), true, PENALTY_AT));
        CreditProfileView.Objection annotated = penaltyOn(raised).objection();
        assertThat(annotated).isEqualTo(new CreditProfileView.Objection(objection.toString(), "DECIDED",
                raised.plusDays(5), "当事人对罚款金额有异议，尚无法核实"));
        assertThat(penaltyOn(raised).underObjection()).isFalse();

        projector.on(reviewRequested(penalty.recordId(), objection, raised.plusDays(8), raised.plusDays(15),
                PENALTY_AT));
        assertThat(penaltyOn(raised).objection()).isEqualTo(new CreditProfileView.Objection(objection.toString(),
                "UNDER_REVIEW", raised.plusDays(8), "当事人对罚款金额有异议，尚无法核实"));

        projector.on(objectionDecided(penalty.recordId(), objection, ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG,
                raised.plusDays(12), true, PENALTY_AT));
        assertThat(penaltyOn(raised).objection()).isNull();
    }

    @Test
    void repair_showsRepaired_andEndsDisclosure() {
        projector.on(penalty);
        projector.on(licence);
        RepairApplicationId application = RepairApplicationId.random();
        LocalDate granted = LocalDate.of(2025, 6, 10);
        Instant at = Instant.parse("2025-06-10T02:00:00Z");

        projector.on(repairGranted(penalty.recordId(), application, false, granted, at));
        projector.on(disclosureEnded(penalty.recordId(), DisclosureEndReason.REPAIRED, granted, application.value(),
                at));

        CreditProfileView profile = profiles.find(ACME.code(), granted.plusDays(1)).orElseThrow();
        assertThat(profile.penalties().get(0)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(CreditProfileView.Status.REPAIRED);
            assertThat(r.disclosed()).isFalse();
            assertThat(r.repair()).isEqualTo(new CreditProfileView.Repair(CreditProfileView.RepairStatus.REPAIRED,
                    "已修复", application.toString(), granted));
            assertThat(r.disclosureEndedOn()).isEqualTo(granted);
            assertThat(r.lastChangedAt()).isEqualTo(at);
        });
        assertThat(profile.counts()).isEqualTo(new CreditProfileView.Counts(1, 1, 1, 0, 0, 1, 0, 0, 0));
    }

    @Test
    void temporaryRepair_hidesUntilFinalised_orResumesWhenRevoked() {
        PenaltyRecorded other = penalty("P-002").decidedOn(DECIDED).build();
        projector.on(penalty);
        projector.on(other);
        RepairApplicationId finalised = RepairApplicationId.random();
        RepairApplicationId revoked = RepairApplicationId.random();
        LocalDate granted = LocalDate.of(2025, 6, 10);
        for (PenaltyRecorded p : List.of(penalty, other)) {
            RepairApplicationId id = p == penalty ? finalised : revoked;
            projector.on(repairGranted(p.recordId(), id, true, granted, PENALTY_AT));
            projector.on(disclosureEnded(p.recordId(), DisclosureEndReason.TEMPORARILY_HIDDEN, granted, id.value(),
                    PENALTY_AT));
        }
        CreditProfileView hidden = profiles.find(ACME.code(), granted).orElseThrow();
        assertThat(hidden.penalties()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(CreditProfileView.Status.TEMPORARILY_HIDDEN);
            assertThat(r.repair().status()).isEqualTo(CreditProfileView.RepairStatus.TEMPORARILY_HIDDEN);
            assertThat(r.repair().label()).isEqualTo("暂时屏蔽");
        });
        assertThat(hidden.counts().temporarilyHidden()).isEqualTo(2);

        projector.on(repairFinalised(penalty.recordId(), finalised, granted.plusMonths(2), PENALTY_AT));
        projector.on(repairRevoked(other.recordId(), revoked, RepairRevocationReason.REORGANISATION_ENDED,
                granted.plusMonths(2), PENALTY_AT));
        projector.on(disclosureResumed(other.recordId(), DisclosureResumeReason.TEMPORARY_HIDING_ENDED,
                granted.plusMonths(2), LATEST_END, revoked.value(), PENALTY_AT));

        CreditProfileView after = profiles.find(ACME.code(), granted.plusMonths(2)).orElseThrow();
        CreditProfileView.ProfileRecord repaired = after.penalties().stream()
                .filter(r -> r.recordId().equals(penalty.recordId().toString())).findFirst().orElseThrow();
        CreditProfileView.ProfileRecord resumed = after.penalties().stream()
                .filter(r -> r.recordId().equals(other.recordId().toString())).findFirst().orElseThrow();
        // finalising makes the hidden record repaired
        assertThat(repaired.repair()).isEqualTo(new CreditProfileView.Repair(CreditProfileView.RepairStatus.REPAIRED,
                "已修复", finalised.toString(), granted.plusMonths(2)));
        assertThat(repaired.status()).isEqualTo(CreditProfileView.Status.REPAIRED);
        assertThat(repaired.disclosed()).isFalse();
        assertThat(repaired.disclosureEndedOn()).isEqualTo(granted);
        assertThat(resumed.repair()).isNull();
        assertThat(resumed.status()).isEqualTo(CreditProfileView.Status.IN_PUBLICITY);
        assertThat(resumed.disclosed()).isTrue();
        assertThat(resumed.disclosureEndedOn()).isNull();
    }

    @Test
    void disclosureEndedByAnEvent_showsWhy() {
        PenaltyRecorded deleted = penalty("P-002").decidedOn(DECIDED).build();
        PenaltyRecorded stopped = penalty("P-003").decidedOn(DECIDED).build();
        PenaltyRecorded expired = penalty("P-004").decidedOn(DECIDED).build();
        for (PenaltyRecorded p : List.of(deleted, stopped, expired)) {
            projector.on(p);
        }
        UUID objection = UUID.randomUUID();
        projector.on(disclosureEnded(deleted.recordId(), DisclosureEndReason.DELETED_AFTER_OBJECTION,
                LocalDate.of(2025, 5, 1), objection, PENALTY_AT));
        projector.on(disclosureEnded(stopped.recordId(), DisclosureEndReason.STOPPED_AFTER_OBJECTION,
                LocalDate.of(2025, 5, 2), objection, PENALTY_AT));
        projector.on(disclosureEnded(expired.recordId(), DisclosureEndReason.PUBLICITY_EXPIRED, LATEST_END, null,
                PENALTY_AT));

        CreditProfileView profile = profiles.find(ACME.code(), LocalDate.of(2025, 6, 1)).orElseThrow();
        assertThat(profile.penalties()).extracting(CreditProfileView.ProfileRecord::sourceRecordId,
                        CreditProfileView.ProfileRecord::status, CreditProfileView.ProfileRecord::disclosed,
                        CreditProfileView.ProfileRecord::disclosureEndedOn)
                .containsExactlyInAnyOrder(
                        tuple("P-002", CreditProfileView.Status.DELETED, false, LocalDate.of(2025, 5, 1)),
                        tuple("P-003", CreditProfileView.Status.DISCLOSURE_STOPPED, false, LocalDate.of(2025, 5, 2)),
                        // ended on its latest end, after 2025-06-01: still in publicity on that day
                        tuple("P-004", CreditProfileView.Status.IN_PUBLICITY, true, null));
        assertThat(profile.counts()).isEqualTo(new CreditProfileView.Counts(0, 3, 1, 0, 0, 0, 0, 1, 1));
        assertThat(profiles.find(ACME.code(), LATEST_END).orElseThrow().penalties())
                .filteredOn(r -> r.sourceRecordId().equals("P-004"))
                .extracting(CreditProfileView.ProfileRecord::status, CreditProfileView.ProfileRecord::disclosureEndedOn)
                .containsExactly(tuple(CreditProfileView.Status.PUBLICITY_ENDED, LATEST_END));
    }

    private CreditProfileView.ProfileRecord penaltyOn(LocalDate day) {
        return profiles.find(ACME.code(), day).orElseThrow().penalties().get(0);
    }

    @Test
    void unknownSubject_hasNoProfile() {
        projector.on(penalty);

        assertThat(profiles.find("91110108MA0UNKNOWN", LocalDate.of(2025, 4, 1))).isEmpty();
    }
}
