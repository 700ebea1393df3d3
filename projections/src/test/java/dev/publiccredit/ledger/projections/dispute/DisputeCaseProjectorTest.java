package dev.publiccredit.ledger.projections.dispute;

import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumeReason;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.projections.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.publiccredit.ledger.projections.LedgerEvents.ACME;
import static dev.publiccredit.ledger.projections.LedgerEvents.CALENDAR;
import static dev.publiccredit.ledger.projections.LedgerEvents.OBJECTION_RULES;
import static dev.publiccredit.ledger.projections.LedgerEvents.REPAIR_RULES;
import static dev.publiccredit.ledger.projections.LedgerEvents.SAMR;
import static dev.publiccredit.ledger.projections.LedgerEvents.TAX;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureEnded;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureResumed;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionDecided;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionExtended;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionForwarded;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionRaised;
import static dev.publiccredit.ledger.projections.LedgerEvents.recordId;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairAccepted;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairApplied;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairDenied;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairFinalised;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairGranted;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairNotAccepted;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairRevoked;
import static dev.publiccredit.ledger.projections.LedgerEvents.reviewRequested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The case queue from events. Dates follow the 2026 Spring Festival (holidays 2/15-2/23, make-up working days 2/14
 * and 2/28): an objection raised on 2/12 is due 2/26 (5 working days), 3/18 when extended to 20.
 */
@ExtendWith(ProjectionDatabase.class)
class DisputeCaseProjectorTest {

    private static final RecordId RECORD = recordId(SAMR, "P-001");
    private static final LocalDate RAISED = LocalDate.of(2026, 2, 12);
    private static final Instant RAISED_AT = Instant.parse("2026-02-12T02:00:00Z");
    private static final ObjectionId OBJECTION = new ObjectionId(UUID.fromString(
            "0b9f2c1e-0000-4000-8000-000000000001"));
    private static final RepairApplicationId APPLICATION = new RepairApplicationId(UUID.fromString(
            "0b9f2c1e-0000-4000-8000-000000000002"));

    private final DisputeCaseProjector projector = new DisputeCaseProjector(ProjectionDatabase.jdbc());
    private final DisputeCases cases = new DisputeCases(ProjectionDatabase.jdbc());

    private static Instant at(String day) {
        return Instant.parse(day + "T03:00:00Z");
    }

    private DisputeCaseView objection(LocalDate asOf) {
        return cases.find(OBJECTION.value(), CaseType.OBJECTION, asOf).orElseThrow();
    }

    private DisputeCaseView application(LocalDate asOf) {
        return cases.find(APPLICATION.value(), CaseType.REPAIR, asOf).orElseThrow();
    }

    @Test
    void raisedObjection_isOpen_withItsDecisionDeadlineAndHistory() {
        projector.on(objectionRaised(RECORD, OBJECTION, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT), 3);

        DisputeCaseView view = objection(LocalDate.of(2026, 2, 24));
        assertThat(view.caseId()).isEqualTo(OBJECTION.toString());
        assertThat(view.type()).isEqualTo(CaseType.OBJECTION);
        assertThat(view.recordId()).isEqualTo(RECORD.toString());
        assertThat(view.subjectCode()).isEqualTo(ACME.code());
        assertThat(view.sourceDepartment()).isEqualTo("SAMR-HAIDIAN");
        assertThat(view.department()).isEqualTo("SAMR-HAIDIAN");
        assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(view.ground()).isEqualTo("ERROR");
        assertThat(view.objector()).isEqualTo(new DisputeCaseView.Objector("张三", "SUBJECT", "13800000000"));
        assertThat(view.statement()).isEqualTo("罚款金额有误");
        assertThat(view.evidence()).containsExactly("缴款凭证 2026-001", "情况说明");
        assertThat(view.kind()).isNull();
        assertThat(view.applicant()).isNull();
        assertThat(view.materials()).isEmpty();
        assertThat(view.openedOn()).isEqualTo(RAISED);
        assertThat(view.due()).isEqualTo(Due.DECISION);
        assertThat(view.dueOn()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(view.overdue()).isFalse();
        assertThat(view.closedOn()).isNull();
        assertThat(view.outcome()).isNull();
        assertThat(view.openedAt()).isEqualTo(RAISED_AT);
        assertThat(view.deadlines()).containsExactly(new DisputeCaseView.Deadline(Due.DECISION, RAISED, 5,
                LocalDate.of(2026, 2, 26), CALENDAR, true, OBJECTION_RULES, true, null, null, null));
        assertThat(view.history()).singleElement().satisfies(e -> {
            assertThat(e.entryNo()).isEqualTo(3);
            assertThat(e.action()).isEqualTo("RAISED");
            assertThat(e.on()).isEqualTo(RAISED);
            assertThat(e.recordedAt()).isEqualTo(RAISED_AT);
            assertThat(e.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(e.details()).containsOnly(entry("ground", "ERROR"), entry("objector", "张三"),
                    entry("role", "SUBJECT"), entry("evidence", 2L), entry("decisionDueOn", "2026-02-26"));
        });
    }

    @Test
    void objection_isOverdue_theDayAfterItsDueDate() {
        projector.on(objectionRaised(RECORD, OBJECTION, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT), 1);

        assertThat(objection(LocalDate.of(2026, 2, 26)).overdue()).as("work on the due day is on time").isFalse();
        assertThat(objection(LocalDate.of(2026, 2, 27)).overdue()).isTrue();
    }

    @Test
    void objectionLifecycle_forwardedExtendedDecidedReviewed() {
        projector.on(objectionRaised(RECORD, OBJECTION, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT), 1);
        projector.on(objectionForwarded(RECORD, OBJECTION, TAX, LocalDate.of(2026, 2, 13), at("2026-02-13")), 2);
        projector.on(objectionExtended(RECORD, OBJECTION, RAISED, LocalDate.of(2026, 2, 25),
                LocalDate.of(2026, 3, 18), at("2026-02-25")), 3);

        DisputeCaseView extended = objection(LocalDate.of(2026, 3, 2));
        assertThat(extended.status()).isEqualTo(CaseStatus.FORWARDED);
        assertThat(extended.department()).as("forwarded to").isEqualTo("TAX-HAIDIAN");
        assertThat(extended.sourceDepartment()).isEqualTo("SAMR-HAIDIAN");
        assertThat(extended.extensionUsed()).isTrue();
        assertThat(extended.dueOn()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(extended.overdue()).as("the first deadline has passed, the extended one not").isFalse();
        assertThat(extended.deadlines()).extracting(DisputeCaseView.Deadline::dueOn, DisputeCaseView.Deadline::inForce,
                        DisputeCaseView.Deadline::endedBy, DisputeCaseView.Deadline::met)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 26), false, "EXTENDED", null),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 18), true, null, null));
        assertThat(extended.deadlines().get(1).workingDays()).isEqualTo(20);
        assertThat(extended.deadlines().get(1).from()).isEqualTo(RAISED);

        projector.on(objectionDecided(RECORD, OBJECTION, ObjectionStage.FIRST, ObjectionOutcome.CORRECT,
                LocalDate.of(2026, 3, 2), true, at("2026-03-02")), 4);
        DisputeCaseView decided = objection(LocalDate.of(2026, 3, 30));
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.outcome()).isEqualTo("CORRECT");
        assertThat(decided.decidedOnTime()).isTrue();
        assertThat(decided.closedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(decided.due()).isNull();
        assertThat(decided.dueOn()).isNull();
        assertThat(decided.overdue()).as("nothing is due").isFalse();
        assertThat(decided.deadlines().get(1)).satisfies(d -> {
            assertThat(d.inForce()).isFalse();
            assertThat(d.endedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(d.endedBy()).isEqualTo("DECIDED");
            assertThat(d.met()).isTrue();
        });

        projector.on(reviewRequested(RECORD, OBJECTION, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 12),
                at("2026-03-05")), 6);
        projector.on(objectionForwarded(RECORD, OBJECTION, SAMR, LocalDate.of(2026, 3, 6), at("2026-03-06")), 7);
        DisputeCaseView underReview = objection(LocalDate.of(2026, 3, 13));
        assertThat(underReview.department()).as("forwarded back for the review").isEqualTo("SAMR-HAIDIAN");
        assertThat(underReview.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(underReview.reviewRequested()).isTrue();
        assertThat(underReview.due()).isEqualTo(Due.REVIEW);
        assertThat(underReview.dueOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(underReview.overdue()).isTrue();
        assertThat(underReview.closedOn()).as("open again").isNull();
        assertThat(underReview.outcome()).as("the first outcome stands until the review").isEqualTo("CORRECT");

        projector.on(objectionDecided(RECORD, OBJECTION, ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG,
                LocalDate.of(2026, 3, 13), false, at("2026-03-13")), 8);
        DisputeCaseView closed = objection(LocalDate.of(2026, 3, 30));
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo("UNFLAG");
        assertThat(closed.decidedOnTime()).isFalse();
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(closed.deadlines().get(2)).satisfies(d -> {
            assertThat(d.due()).isEqualTo(Due.REVIEW);
            assertThat(d.endedBy()).isEqualTo("REVIEW_DECIDED");
            assertThat(d.met()).isFalse();
        });
        assertThat(closed.history()).extracting(DisputeCaseView.HistoryEntry::action).containsExactly(
                "RAISED", "FORWARDED", "DEADLINE_EXTENDED", "DECIDED", "REVIEW_REQUESTED", "FORWARDED",
                "REVIEW_DECIDED");
        assertThat(closed.history()).extracting(DisputeCaseView.HistoryEntry::status).containsExactly(
                CaseStatus.OPEN, CaseStatus.FORWARDED, CaseStatus.FORWARDED, CaseStatus.DECIDED,
                CaseStatus.UNDER_REVIEW, CaseStatus.UNDER_REVIEW, CaseStatus.CLOSED);
        assertThat(closed.history().get(1).details()).containsOnly(entry("toDepartment", "TAX-HAIDIAN"),
                entry("note", "请核实罚款金额"));
        assertThat(closed.history().get(2).details()).containsOnly(entry("reason", "需调取原始案卷"),
                entry("workingDays", 20L), entry("decisionDueOn", "2026-03-18"));
        assertThat(closed.history().get(3).details()).containsOnly(entry("stage", "FIRST"),
                entry("outcome", "CORRECT"), entry("reasoning", "经核实CORRECT"), entry("onTime", true));
        assertThat(closed.history().get(4).details()).containsOnly(entry("grounds", "对核实结论不服"),
                entry("reviewDueOn", "2026-03-12"));
        assertThat(closed.lastChangedAt()).isEqualTo(at("2026-03-13"));
    }

    @Test
    void annotateAndRemoveFromList_keepTheirAnnotationAndListing() {
        projector.on(objectionRaised(RECORD, OBJECTION, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT), 1);
        projector.on(objectionDecided(RECORD, OBJECTION, ObjectionStage.FIRST, ObjectionOutcome.ANNOTATE,
                LocalDate.of(2026, 2, 26), true, at("2026-02-26")), 2);
        ObjectionId other = new ObjectionId(UUID.fromString("0b9f2c1e-0000-4000-8000-000000000003"));
        projector.on(objectionRaised(RECORD, other, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT), 3);
        projector.on(objectionDecided(RECORD, other, ObjectionStage.FIRST, ObjectionOutcome.REMOVE_FROM_LIST,
                LocalDate.of(2026, 2, 26), true, at("2026-02-26")), 4);

        assertThat(objection(RAISED).annotation()).isEqualTo("当事人对罚款金额有异议，尚无法核实");
        DisputeCaseView removed = cases.find(other.value(), CaseType.OBJECTION, RAISED).orElseThrow();
        assertThat(removed.outcome()).isEqualTo("REMOVE_FROM_LIST");
        assertThat(removed.listingId()).isEqualTo(
                dev.publiccredit.ledger.core.shared.ListingId.forSource(SAMR, "L-1").toString());
    }

    @Test
    void repairLifecycle_appliedAcceptedGranted_endsDisclosure() {
        projector.on(repairApplied(RECORD, APPLICATION, RepairKind.STANDARD, RAISED, LocalDate.of(2025, 4, 10),
                LocalDate.of(2026, 2, 24), RAISED_AT), 2);

        DisputeCaseView applied = application(RAISED);
        assertThat(applied.type()).isEqualTo(CaseType.REPAIR);
        assertThat(applied.status()).isEqualTo(CaseStatus.APPLIED);
        assertThat(applied.kind()).isEqualTo("STANDARD");
        assertThat(applied.applicant()).isEqualTo(ACME.name());
        assertThat(applied.ground()).isNull();
        assertThat(applied.objector()).isNull();
        assertThat(applied.materials()).containsExactly(
                new DisputeCaseView.Material("OBLIGATION_FULFILMENT_PROOF", "缴款书 2026-77", "罚款已缴清"),
                new DisputeCaseView.Material("CREDIT_COMMITMENT", "承诺书 2026-01", null));
        assertThat(applied.evidence()).isEmpty();
        assertThat(applied.earliestRepairOn()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(applied.due()).isEqualTo(Due.ACCEPTANCE);
        assertThat(applied.dueOn()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(applied.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.workingDays()).isEqualTo(3);
            assertThat(d.ruleSet()).isEqualTo(REPAIR_RULES);
        });

        projector.on(repairAccepted(RECORD, APPLICATION, LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 9),
                at("2026-02-24")), 3);
        DisputeCaseView accepted = application(LocalDate.of(2026, 3, 10));
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.due()).isEqualTo(Due.DECISION);
        assertThat(accepted.dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(accepted.overdue()).isTrue();
        assertThat(accepted.deadlines().get(0)).satisfies(d -> {
            assertThat(d.endedBy()).isEqualTo("ACCEPTED");
            assertThat(d.met()).isTrue();
        });

        UUID caseId = APPLICATION.value();
        projector.on(repairGranted(RECORD, APPLICATION, false, LocalDate.of(2026, 3, 9), at("2026-03-09")), 4);
        projector.on(disclosureEnded(RECORD, DisclosureEndReason.REPAIRED, LocalDate.of(2026, 3, 9), caseId,
                at("2026-03-09")), 5);

        DisputeCaseView granted = application(LocalDate.of(2026, 3, 10));
        assertThat(granted.status()).isEqualTo(CaseStatus.GRANTED);
        assertThat(granted.outcome()).isEqualTo("GRANTED");
        assertThat(granted.closedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(granted.decidedOnTime()).isTrue();
        assertThat(granted.overdue()).isFalse();
        assertThat(granted.history()).extracting(DisputeCaseView.HistoryEntry::action)
                .containsExactly("APPLIED", "ACCEPTED", "GRANTED", "DISCLOSURE_ENDED");
        assertThat(granted.history().get(3).details()).containsOnly(entry("reason", "REPAIRED"));
        assertThat(granted.history().get(3).status()).isEqualTo(CaseStatus.GRANTED);
    }

    @Test
    void temporaryRepair_isFinalisedOrRevoked() {
        RepairApplicationId second = new RepairApplicationId(UUID.fromString("0b9f2c1e-0000-4000-8000-000000000004"));
        RecordId otherRecord = recordId(SAMR, "P-002");
        for (RepairApplicationId id : List.of(APPLICATION, second)) {
            RecordId record = id == APPLICATION ? RECORD : otherRecord;
            projector.on(repairApplied(record, id, RepairKind.REORGANISATION, RAISED, LocalDate.of(2025, 4, 10),
                    LocalDate.of(2026, 2, 24), RAISED_AT), 1);
            projector.on(repairAccepted(record, id, LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 3),
                    at("2026-02-13")), 2);
            projector.on(repairGranted(record, id, true, LocalDate.of(2026, 2, 24), at("2026-02-24")), 3);
        }
        DisputeCaseView temporary = application(LocalDate.of(2026, 6, 1));
        assertThat(temporary.status()).isEqualTo(CaseStatus.TEMPORARILY_GRANTED);
        assertThat(temporary.outcome()).isEqualTo("TEMPORARILY_GRANTED");
        assertThat(temporary.closedOn()).as("to be finalised or revoked").isNull();
        assertThat(temporary.due()).isNull();

        projector.on(repairFinalised(RECORD, APPLICATION, LocalDate.of(2026, 9, 1), at("2026-09-01")), 5);
        projector.on(repairRevoked(otherRecord, second, RepairRevocationReason.REORGANISATION_ENDED,
                LocalDate.of(2026, 9, 2), at("2026-09-02")), 5);
        projector.on(disclosureResumed(otherRecord, DisclosureResumeReason.TEMPORARY_HIDING_ENDED,
                LocalDate.of(2026, 9, 2), LocalDate.of(2027, 1, 10), second.value(), at("2026-09-02")), 6);

        DisputeCaseView finalised = application(LocalDate.of(2026, 9, 3));
        assertThat(finalised.status()).isEqualTo(CaseStatus.GRANTED);
        assertThat(finalised.outcome()).isEqualTo("GRANTED");
        assertThat(finalised.closedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(finalised.history()).extracting(DisputeCaseView.HistoryEntry::action)
                .containsExactly("APPLIED", "ACCEPTED", "TEMPORARILY_GRANTED", "FINALISED");
        DisputeCaseView revoked = cases.find(second.value(), CaseType.REPAIR, LocalDate.of(2026, 9, 3))
                .orElseThrow();
        assertThat(revoked.status()).isEqualTo(CaseStatus.REVOKED);
        assertThat(revoked.closedOn()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(revoked.history()).extracting(DisputeCaseView.HistoryEntry::action)
                .containsExactly("APPLIED", "ACCEPTED", "TEMPORARILY_GRANTED", "REVOKED", "DISCLOSURE_RESUMED");
        assertThat(revoked.history().get(3).details()).containsOnly(entry("reason", "REORGANISATION_ENDED"),
                entry("explanation", "承诺不实"));
        assertThat(revoked.history().get(4).details()).containsOnly(entry("reason", "TEMPORARY_HIDING_ENDED"),
                entry("visibleUntil", "2027-01-10"));
    }

    @Test
    void notAcceptedAndDenied_closeTheApplication() {
        RepairApplicationId denied = new RepairApplicationId(UUID.fromString("0b9f2c1e-0000-4000-8000-000000000005"));
        projector.on(repairApplied(RECORD, APPLICATION, RepairKind.STANDARD, RAISED, LocalDate.of(2025, 4, 10),
                LocalDate.of(2026, 2, 24), RAISED_AT), 1);
        projector.on(repairNotAccepted(RECORD, APPLICATION, LocalDate.of(2026, 2, 25), at("2026-02-25")), 2);
        projector.on(repairApplied(RECORD, denied, RepairKind.STANDARD, LocalDate.of(2026, 3, 2),
                LocalDate.of(2025, 4, 10), LocalDate.of(2026, 3, 5), at("2026-03-02")), 3);
        projector.on(repairAccepted(RECORD, denied, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 17),
                at("2026-03-03")), 4);
        projector.on(repairDenied(RECORD, denied, LocalDate.of(2026, 3, 18), false, at("2026-03-18")), 5);

        DisputeCaseView notAccepted = application(LocalDate.of(2026, 4, 1));
        assertThat(notAccepted.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
        assertThat(notAccepted.closedOn()).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(notAccepted.deadlines().get(0).met()).as("accepted-or-not on the 25th, due the 24th").isFalse();
        assertThat(notAccepted.history().get(1).details()).containsOnly(entry("reason", "MATERIALS_INCOMPLETE"),
                entry("explanation", "缺少缴款凭证"), entry("onTime", true));
        DisputeCaseView deniedView = cases.find(denied.value(), CaseType.REPAIR, LocalDate.of(2026, 4, 1))
                .orElseThrow();
        assertThat(deniedView.status()).isEqualTo(CaseStatus.DENIED);
        assertThat(deniedView.outcome()).isEqualTo("DENIED");
        assertThat(deniedView.decidedOnTime()).isFalse();
    }

    @Test
    void aCaseIsFoundOnlyUnderItsOwnType() {
        projector.on(objectionRaised(RECORD, OBJECTION, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT), 1);

        assertThat(cases.find(OBJECTION.value(), CaseType.REPAIR, RAISED)).isEmpty();
        assertThat(cases.find(UUID.randomUUID(), CaseType.OBJECTION, RAISED)).isEmpty();
    }

    @Test
    void queue_filtersByTypeStatusOverdueAndDepartment_earliestDueFirst() {
        // three objections due 2/26, 3/4 and (forwarded to TAX) 3/18; one application due 2/24; one decided
        ObjectionId second = new ObjectionId(UUID.fromString("0b9f2c1e-0000-4000-8000-000000000011"));
        ObjectionId third = new ObjectionId(UUID.fromString("0b9f2c1e-0000-4000-8000-000000000012"));
        ObjectionId decided = new ObjectionId(UUID.fromString("0b9f2c1e-0000-4000-8000-000000000013"));
        projector.on(objectionRaised(recordId(SAMR, "P-2"), second, LocalDate.of(2026, 2, 26),
                LocalDate.of(2026, 3, 4), at("2026-02-26")), 1);
        projector.on(objectionRaised(RECORD, OBJECTION, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT), 1);
        projector.on(objectionRaised(recordId(SAMR, "P-3"), third, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT), 1);
        projector.on(objectionForwarded(recordId(SAMR, "P-3"), third, TAX, RAISED, RAISED_AT), 2);
        projector.on(objectionExtended(recordId(SAMR, "P-3"), third, RAISED, RAISED, LocalDate.of(2026, 3, 18),
                RAISED_AT), 3);
        projector.on(objectionRaised(recordId(SAMR, "P-4"), decided, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT),
                1);
        projector.on(objectionDecided(recordId(SAMR, "P-4"), decided, ObjectionStage.FIRST, ObjectionOutcome.UNFLAG,
                RAISED, true, RAISED_AT), 2);
        projector.on(repairApplied(recordId(SAMR, "P-5"), APPLICATION, RepairKind.STANDARD, RAISED,
                LocalDate.of(2025, 4, 10), LocalDate.of(2026, 2, 24), RAISED_AT), 1);
        LocalDate today = LocalDate.of(2026, 3, 2);

        CasePage all = cases.queue(new CaseQuery(null, Set.of(), null, null, 0, 20), today);
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.asOf()).isEqualTo(today);
        assertThat(all.items()).extracting(CasePage.Item::caseId).containsExactly(APPLICATION.toString(),
                OBJECTION.toString(), second.toString(), third.toString(), decided.toString());
        assertThat(all.items()).extracting(CasePage.Item::overdue).containsExactly(true, true, false, false, false);

        CasePage overdueObjections = cases.queue(new CaseQuery(CaseType.OBJECTION, Set.of(), true, null, 0, 20),
                today);
        assertThat(overdueObjections.total()).isEqualTo(1);
        assertThat(overdueObjections.items()).singleElement().satisfies(i -> {
            assertThat(i.caseId()).isEqualTo(OBJECTION.toString());
            assertThat(i.type()).isEqualTo(CaseType.OBJECTION);
            assertThat(i.recordId()).isEqualTo(RECORD.toString());
            assertThat(i.subjectCode()).isEqualTo(ACME.code());
            assertThat(i.department()).isEqualTo("SAMR-HAIDIAN");
            assertThat(i.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(i.openedOn()).isEqualTo(RAISED);
            assertThat(i.due()).isEqualTo(Due.DECISION);
            assertThat(i.dueOn()).isEqualTo(LocalDate.of(2026, 2, 26));
            assertThat(i.overdue()).isTrue();
            assertThat(i.closedOn()).isNull();
            assertThat(i.outcome()).isNull();
        });

        assertThat(cases.queue(new CaseQuery(null, Set.of(), false, null, 0, 20), today).items())
                .extracting(CasePage.Item::caseId)
                .containsExactly(second.toString(), third.toString(), decided.toString());
        assertThat(cases.queue(new CaseQuery(null, Set.of(CaseStatus.FORWARDED, CaseStatus.DECIDED), null, null, 0,
                20), today).items()).extracting(CasePage.Item::caseId)
                .containsExactly(third.toString(), decided.toString());
        assertThat(cases.queue(new CaseQuery(null, Set.of(), null, new DepartmentCode("TAX-HAIDIAN"), 0, 20),
                today).items()).extracting(CasePage.Item::caseId).containsExactly(third.toString());
        assertThat(cases.queue(new CaseQuery(CaseType.REPAIR, Set.of(), null, null, 0, 20), today).items())
                .extracting(CasePage.Item::caseId).containsExactly(APPLICATION.toString());

        CasePage secondPage = cases.queue(new CaseQuery(null, Set.of(), null, null, 1, 2), today);
        assertThat(secondPage.total()).isEqualTo(5);
        assertThat(secondPage.page()).isEqualTo(1);
        assertThat(secondPage.size()).isEqualTo(2);
        assertThat(secondPage.items()).extracting(CasePage.Item::caseId)
                .containsExactly(second.toString(), third.toString());
        assertThat(cases.queue(new CaseQuery(null, Set.of(), null, null, 3, 2), today).items()).isEmpty();
    }

    @Test
    void replayingTheSameEvents_givesTheSameCase() {
        Runnable all = () -> {
            projector.on(objectionRaised(RECORD, OBJECTION, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT), 1);
            projector.on(objectionExtended(RECORD, OBJECTION, RAISED, LocalDate.of(2026, 2, 25),
                    LocalDate.of(2026, 3, 18), at("2026-02-25")), 2);
            projector.on(objectionDecided(RECORD, OBJECTION, ObjectionStage.FIRST, ObjectionOutcome.DELETE,
                    LocalDate.of(2026, 3, 2), true, at("2026-03-02")), 3);
            projector.on(disclosureEnded(RECORD, DisclosureEndReason.DELETED_AFTER_OBJECTION,
                    LocalDate.of(2026, 3, 2), OBJECTION.value(), at("2026-03-02")), 4);
        };

        all.run();
        DisputeCaseView once = objection(LocalDate.of(2026, 3, 3));
        all.run();
        DisputeCaseView twice = objection(LocalDate.of(2026, 3, 3));

        assertThat(twice).isEqualTo(once);
        assertThat(twice.history()).hasSize(4);
        assertThat(twice.deadlines()).hasSize(2);
        assertThat(twice.evidence()).hasSize(2);
        assertThat(twice.history().get(3).details()).isEqualTo(Map.of("reason", "DELETED_AFTER_OBJECTION"));
    }

    @Test
    void disclosureEndedWithoutACase_writesNoHistory() {
        projector.on(objectionRaised(RECORD, OBJECTION, RAISED, LocalDate.of(2026, 2, 26), RAISED_AT), 1);
        projector.on(disclosureEnded(RECORD, DisclosureEndReason.PUBLICITY_EXPIRED, LocalDate.of(2026, 3, 3), null,
                at("2026-03-03")), 2);

        assertThat(objection(RAISED).history()).hasSize(1);
        assertThat(ProjectionDatabase.jdbc().sql("SELECT count(*) FROM dispute_case_history").query(Long.class)
                .single()).isEqualTo(1);
    }
}
