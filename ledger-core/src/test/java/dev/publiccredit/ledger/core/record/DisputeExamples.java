package dev.publiccredit.ledger.core.record;

import static dev.publiccredit.ledger.core.record.CreditRecordTest.CALENDAR_VERSION;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.DEPARTMENT;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.PENALTY_ID;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.SUBJECT_CODE;

import dev.publiccredit.ledger.core.calendar.OfficialCalendars;
import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.dispute.command.AcceptRepairApplication;
import dev.publiccredit.ledger.core.dispute.command.ApplyForRepair;
import dev.publiccredit.ledger.core.dispute.command.DecideObjection;
import dev.publiccredit.ledger.core.dispute.command.DecideRepairApplication;
import dev.publiccredit.ledger.core.dispute.command.RaiseObjection;
import dev.publiccredit.ledger.core.dispute.command.RevokeRepair;
import dev.publiccredit.ledger.core.dispute.event.MaterialType;
import dev.publiccredit.ledger.core.dispute.event.ObjectionDecided;
import dev.publiccredit.ledger.core.dispute.event.ObjectionGround;
import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionRaised;
import dev.publiccredit.ledger.core.dispute.event.ObjectionReviewRequested;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.dispute.event.Objector;
import dev.publiccredit.ledger.core.dispute.event.ObjectorRole;
import dev.publiccredit.ledger.core.dispute.event.RepairAccepted;
import dev.publiccredit.ledger.core.dispute.event.RepairApplied;
import dev.publiccredit.ledger.core.dispute.event.RepairGranted;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.dispute.event.RepairMaterial;
import dev.publiccredit.ledger.core.dispute.event.RepairRefusalReason;
import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import dev.publiccredit.ledger.core.policy.DisputePolicies;
import dev.publiccredit.ledger.core.policy.DoublePublicityPolicy;
import dev.publiccredit.ledger.core.policy.ObjectionPolicy;
import dev.publiccredit.ledger.core.policy.PublicityPeriodPolicy;
import dev.publiccredit.ledger.core.policy.RecordPolicies;
import dev.publiccredit.ledger.core.policy.RepairPolicy;
import dev.publiccredit.ledger.core.record.command.RequestedChange;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureEnded;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.PlatformTime;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * Objections and repair applications of the penalty of {@link CreditRecordTest} (GENERAL, decided 2025-09-26,
 * window 2025-09-26 / earliest end 2025-12-26 / latest end 2026-09-26), with the deadlines the default policies
 * decide under the official calendar. Every date is a day in Asia/Shanghai; every instant is 10:00 that day.
 *
 * <p>Deadlines worked out by hand (start day not counted; 2026-02-15..23 Spring Festival holidays, Saturdays
 * 2026-02-14 and 2026-02-28 make-up working days), and checked with shared/reference/working_days.py:
 * <ul>
 *   <li>objection raised Thu 2026-02-12, 5 working days: 02-13 (1), Sat 02-14 (2), 02-24 (3), 02-25 (4),
 *       02-26 (5) = 2026-02-26;</li>
 *   <li>the same extended to 20: 02-13, 02-14, 02-24, 02-25, 02-26, 02-27 (6), Sat 02-28 (7), 03-02..06 (8-12),
 *       03-09..13 (13-17), 03-16, 03-17, 03-18 (20) = 2026-03-18;</li>
 *   <li>review requested Fri 2026-02-27, 5 working days: Sat 02-28 (1), 03-02 (2), 03-03 (3), 03-04 (4),
 *       03-05 (5) = 2026-03-05;</li>
 *   <li>repair applied Thu 2026-02-12, 3 working days: 02-13 (1), Sat 02-14 (2), 02-24 (3) = 2026-02-24;</li>
 *   <li>accepted Tue 2026-02-24, 10 working days: 02-25 (1), 02-26 (2), 02-27 (3), Sat 02-28 (4), 03-02..06
 *       (5-9), 03-09 (10) = 2026-03-09.</li>
 * </ul>
 */
final class DisputeExamples {

    static final WorkingDayCalendar CALENDAR = OfficialCalendars.calendar2025And2026();
    static final String OBJECTION_RULES = ObjectionPolicy.DEFAULT_RULE_SET;
    static final String REPAIR_RULES = RepairPolicy.DEFAULT_RULE_SET;

    static final ObjectionId OBJECTION = ObjectionId.parse("5d1b7a10-3c2e-4f9a-8b6d-0e4f2a7c9b31");
    static final ObjectionId SECOND_OBJECTION = ObjectionId.parse("9a4e2c61-7b3d-4e8f-a1c5-6d2b8f0e3a47");
    static final RepairApplicationId APPLICATION = RepairApplicationId.parse("c3e8a5f2-1d4b-4c7a-9e6f-2b0d8a1c5e93");
    static final RepairApplicationId SECOND_APPLICATION =
            RepairApplicationId.parse("71f0b9d4-2a6c-4e1b-8d3f-5c9a0e7b2d68");

    static final Objector OBJECTOR = new Objector("北京示例科技有限公司", ObjectorRole.SUBJECT, "010-62345678");
    static final String STATEMENT = "罚款金额与处罚决定书不一致";
    static final List<String> EVIDENCE = List.of("京海市监罚〔2025〕42号决定书扫描件");

    static final LocalDate RAISED_ON = LocalDate.of(2026, 2, 12);
    static final WorkingDayDeadline DECISION_DUE = deadline(RAISED_ON, 5, LocalDate.of(2026, 2, 26));
    static final WorkingDayDeadline EXTENDED_DUE = deadline(RAISED_ON, 20, LocalDate.of(2026, 3, 18));
    static final LocalDate FIRST_DECIDED_ON = LocalDate.of(2026, 2, 26);
    static final LocalDate REVIEW_REQUESTED_ON = LocalDate.of(2026, 2, 27);
    static final WorkingDayDeadline REVIEW_DUE = deadline(REVIEW_REQUESTED_ON, 5, LocalDate.of(2026, 3, 5));

    static final LocalDate APPLIED_ON = LocalDate.of(2026, 2, 12);
    static final WorkingDayDeadline ACCEPTANCE_DUE = deadline(APPLIED_ON, 3, LocalDate.of(2026, 2, 24));
    static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 2, 24);
    static final WorkingDayDeadline REPAIR_DECISION_DUE = deadline(ACCEPTED_ON, 10, LocalDate.of(2026, 3, 9));
    static final LocalDate GRANTED_ON = LocalDate.of(2026, 3, 6);
    static final LocalDate EARLIEST_REPAIR = LocalDate.of(2025, 12, 26);
    static final LocalDate LATEST_END = LocalDate.of(2026, 9, 26);

    static final RepairMaterial PAYMENT_PROOF = new RepairMaterial(MaterialType.OBLIGATION_FULFILMENT_PROOF,
            "京海市监缴〔2026〕15号", "罚款缴纳凭证");
    static final RepairMaterial COMMITMENT = new RepairMaterial(MaterialType.CREDIT_COMMITMENT, "XYCN-2026-0212",
            null);
    static final RepairMaterial COURT_RULING = new RepairMaterial(MaterialType.COURT_RULING,
            "（2026）京01破12号", "重整计划批准裁定");
    static final List<RepairMaterial> STANDARD_MATERIALS = List.of(PAYMENT_PROOF, COMMITMENT);
    static final List<RepairMaterial> REORGANISATION_MATERIALS = List.of(COURT_RULING, COMMITMENT);
    static final String APPLICANT = "北京示例科技有限公司";

    private DisputeExamples() {
    }

    static DisputePolicies disputePolicies() {
        return new DisputePolicies(ObjectionPolicy.defaults(CALENDAR), RepairPolicy.defaults(CALENDAR));
    }

    /** A fixture with the national record policies and the given dispute policies. */
    static FixtureConfiguration<CreditRecord> fixture(DisputePolicies disputePolicies) {
        return new AggregateTestFixture<>(CreditRecord.class)
                .registerInjectableResource(new RecordPolicies(PublicityPeriodPolicy.nationalDefaults(),
                        DoublePublicityPolicy.nationalDefaults(CALENDAR)))
                .registerInjectableResource(disputePolicies);
    }

    static FixtureConfiguration<CreditRecord> fixture() {
        return fixture(disputePolicies());
    }

    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(PlatformTime.ZONE).toInstant();
    }

    static WorkingDayDeadline deadline(LocalDate from, int workingDays, LocalDate dueOn) {
        return new WorkingDayDeadline(from, workingDays, dueOn, CALENDAR_VERSION, true);
    }

    // ------------------------------------------------------------------------------------------------ objections

    static RaiseObjection raise(ObjectionId id, LocalDate today) {
        return new RaiseObjection(PENALTY_ID, id, OBJECTOR, ObjectionGround.ERROR, STATEMENT, EVIDENCE, today,
                at(today));
    }

    static ObjectionRaised objectionRaised() {
        return objectionRaised(OBJECTION, ObjectionGround.ERROR, RAISED_ON, DECISION_DUE);
    }

    static ObjectionRaised objectionRaised(ObjectionId id, ObjectionGround ground, LocalDate raisedOn,
                                           WorkingDayDeadline due) {
        return new ObjectionRaised(PENALTY_ID, id, SUBJECT_CODE, DEPARTMENT, OBJECTOR, ground, STATEMENT, EVIDENCE,
                raisedOn, due, OBJECTION_RULES, at(raisedOn));
    }

    static DecideObjection decide(ObjectionOutcome outcome, LocalDate today, RequestedChange... changes) {
        return new DecideObjection(PENALTY_ID, OBJECTION, outcome, "经核查", null, List.of(changes), null, today,
                at(today));
    }

    static ObjectionDecided objectionDecided(ObjectionStage stage, ObjectionOutcome outcome, LocalDate decidedOn,
                                             boolean onTime) {
        return new ObjectionDecided(PENALTY_ID, OBJECTION, stage, outcome, "经核查", null, null, decidedOn, onTime,
                at(decidedOn));
    }

    /** The objection decided on its deadline, 2026-02-26. */
    static ObjectionDecided firstDecision(ObjectionOutcome outcome) {
        return objectionDecided(ObjectionStage.FIRST, outcome, FIRST_DECIDED_ON, true);
    }

    static ObjectionReviewRequested reviewRequested() {
        return new ObjectionReviewRequested(PENALTY_ID, OBJECTION, "复核理由", REVIEW_REQUESTED_ON, REVIEW_DUE,
                OBJECTION_RULES, at(REVIEW_REQUESTED_ON));
    }

    // ---------------------------------------------------------------------------------------------- credit repair

    static ApplyForRepair apply(RepairApplicationId id, RepairKind kind, List<RepairMaterial> materials,
                                LocalDate today) {
        return new ApplyForRepair(PENALTY_ID, id, APPLICANT, kind, materials, today, at(today));
    }

    static RepairApplied repairApplied(RepairKind kind, List<RepairMaterial> materials) {
        return new RepairApplied(PENALTY_ID, APPLICATION, SUBJECT_CODE, DEPARTMENT, APPLICANT, kind, materials,
                APPLIED_ON, EARLIEST_REPAIR, ACCEPTANCE_DUE, REPAIR_RULES, at(APPLIED_ON));
    }

    static RepairApplied repairApplied() {
        return repairApplied(RepairKind.STANDARD, STANDARD_MATERIALS);
    }

    static RepairAccepted repairAccepted() {
        return new RepairAccepted(PENALTY_ID, APPLICATION, ACCEPTED_ON, true, REPAIR_DECISION_DUE, at(ACCEPTED_ON));
    }

    static RepairGranted repairGranted(boolean temporary) {
        return new RepairGranted(PENALTY_ID, APPLICATION, temporary, "材料齐全，准予修复", GRANTED_ON, true,
                at(GRANTED_ON));
    }

    static AcceptRepairApplication accept(LocalDate today) {
        return new AcceptRepairApplication(PENALTY_ID, APPLICATION, true, null, "", today, at(today));
    }

    static AcceptRepairApplication refuseAcceptance(@Nullable RepairRefusalReason reason, String explanation) {
        return new AcceptRepairApplication(PENALTY_ID, APPLICATION, false, reason, explanation, ACCEPTED_ON,
                at(ACCEPTED_ON));
    }

    static DecideRepairApplication grant(LocalDate today) {
        return new DecideRepairApplication(PENALTY_ID, APPLICATION, true, null, " 材料齐全，准予修复 ", today,
                at(today));
    }

    static DecideRepairApplication deny(@Nullable RepairRefusalReason reason, String explanation) {
        return new DecideRepairApplication(PENALTY_ID, APPLICATION, false, reason, explanation, GRANTED_ON,
                at(GRANTED_ON));
    }

    static RevokeRepair revokeRepair(RepairRevocationReason reason, LocalDate today) {
        return new RevokeRepair(PENALTY_ID, APPLICATION, reason, "信用承诺书系伪造", today, at(today));
    }

    // ---------------------------------------------------------------------------------------------- disclosure

    static DisclosureEnded disclosureEnded(DisclosureEndReason reason, LocalDate endedOn, @Nullable UUID caseId,
                                           Instant at) {
        return new DisclosureEnded(PENALTY_ID, SUBJECT_CODE, reason, endedOn, caseId, at);
    }

    /** The expiry of the window on its latest end, stored by the sweep that day. */
    static DisclosureEnded expired() {
        return disclosureEnded(DisclosureEndReason.PUBLICITY_EXPIRED, LATEST_END, null, at(LATEST_END));
    }

    /** The end of disclosure that granting {@link #APPLICATION} stored. */
    static DisclosureEnded endedByRepair(DisclosureEndReason reason) {
        return disclosureEnded(reason, GRANTED_ON, APPLICATION.value(), at(GRANTED_ON));
    }
}
