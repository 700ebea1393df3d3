package dev.publiccredit.ledger.core.record;

import static dev.publiccredit.ledger.core.record.CreditRecordTest.COMPANY;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.DEPARTMENT;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.FINE;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.LICENCE_ID;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.LICENCE_RECORDED;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.ON_TIME;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.PENALTY_ID;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.PENALTY_RECORDED;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.PENALTY_SOURCE;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.RULE_SET;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.SUBJECT_CODE;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.SUBMITTED_AT;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.revoked;
import static dev.publiccredit.ledger.core.record.DisputeExamples.ACCEPTANCE_DUE;
import static dev.publiccredit.ledger.core.record.DisputeExamples.ACCEPTED_ON;
import static dev.publiccredit.ledger.core.record.DisputeExamples.APPLICANT;
import static dev.publiccredit.ledger.core.record.DisputeExamples.APPLICATION;
import static dev.publiccredit.ledger.core.record.DisputeExamples.APPLIED_ON;
import static dev.publiccredit.ledger.core.record.DisputeExamples.CALENDAR;
import static dev.publiccredit.ledger.core.record.DisputeExamples.COMMITMENT;
import static dev.publiccredit.ledger.core.record.DisputeExamples.COURT_RULING;
import static dev.publiccredit.ledger.core.record.DisputeExamples.EARLIEST_REPAIR;
import static dev.publiccredit.ledger.core.record.DisputeExamples.GRANTED_ON;
import static dev.publiccredit.ledger.core.record.DisputeExamples.LATEST_END;
import static dev.publiccredit.ledger.core.record.DisputeExamples.PAYMENT_PROOF;
import static dev.publiccredit.ledger.core.record.DisputeExamples.REORGANISATION_MATERIALS;
import static dev.publiccredit.ledger.core.record.DisputeExamples.REPAIR_RULES;
import static dev.publiccredit.ledger.core.record.DisputeExamples.SECOND_APPLICATION;
import static dev.publiccredit.ledger.core.record.DisputeExamples.STANDARD_MATERIALS;
import static dev.publiccredit.ledger.core.record.DisputeExamples.accept;
import static dev.publiccredit.ledger.core.record.DisputeExamples.apply;
import static dev.publiccredit.ledger.core.record.DisputeExamples.at;
import static dev.publiccredit.ledger.core.record.DisputeExamples.deadline;
import static dev.publiccredit.ledger.core.record.DisputeExamples.deny;
import static dev.publiccredit.ledger.core.record.DisputeExamples.endedByRepair;
import static dev.publiccredit.ledger.core.record.DisputeExamples.expired;
import static dev.publiccredit.ledger.core.record.DisputeExamples.grant;
import static dev.publiccredit.ledger.core.record.DisputeExamples.refuseAcceptance;
import static dev.publiccredit.ledger.core.record.DisputeExamples.repairAccepted;
import static dev.publiccredit.ledger.core.record.DisputeExamples.repairApplied;
import static dev.publiccredit.ledger.core.record.DisputeExamples.repairGranted;
import static dev.publiccredit.ledger.core.record.DisputeExamples.revokeRepair;
import static dev.publiccredit.ledger.core.record.RuleViolations.invalidContent;
import static dev.publiccredit.ledger.core.record.RuleViolations.refusal;
import static dev.publiccredit.ledger.core.record.RuleViolations.ruleViolation;

import dev.publiccredit.ledger.core.dispute.command.ApplyForRepair;
import dev.publiccredit.ledger.core.dispute.command.CaseOpened;
import dev.publiccredit.ledger.core.dispute.command.DecideRepairApplication;
import dev.publiccredit.ledger.core.dispute.command.FinaliseRepair;
import dev.publiccredit.ledger.core.dispute.event.MaterialType;
import dev.publiccredit.ledger.core.dispute.event.RepairAccepted;
import dev.publiccredit.ledger.core.dispute.event.RepairApplied;
import dev.publiccredit.ledger.core.dispute.event.RepairDenied;
import dev.publiccredit.ledger.core.dispute.event.RepairFinalised;
import dev.publiccredit.ledger.core.dispute.event.RepairGranted;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.dispute.event.RepairMaterial;
import dev.publiccredit.ledger.core.dispute.event.RepairNotAccepted;
import dev.publiccredit.ledger.core.dispute.event.RepairRefusalReason;
import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import dev.publiccredit.ledger.core.dispute.event.RepairRevoked;
import dev.publiccredit.ledger.core.policy.DisputePolicies;
import dev.publiccredit.ledger.core.policy.ObjectionPolicy;
import dev.publiccredit.ledger.core.policy.RepairPolicy;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumeReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.RuleCode;
import dev.publiccredit.ledger.core.shared.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Credit repair (信用修复) of the penalty of {@link CreditRecordTest} (GENERAL: repair possible from 2025-12-26, window
 * ends 2026-09-26), command by command: applied, accepted or not, granted or denied, revoked, finalised. The
 * deadlines are worked out by hand in {@link DisputeExamples}.
 */
class CreditRepairTest {

    final FixtureConfiguration<CreditRecord> fixture = DisputeExamples.fixture();

    // ------------------------------------------------------------------------------------------- ApplyForRepair

    @Test
    void apply_recordsTheApplication_dueForAcceptanceThreeWorkingDaysLaterAcrossTheSpringFestival() {
        // 2026-02-12 + 3 working days: 02-13, Saturday 02-14 (make-up), then 02-24 after the holidays
        fixture.given(PENALTY_RECORDED)
               .when(new ApplyForRepair(PENALTY_ID, APPLICATION, " 北京示例科技有限公司 ", RepairKind.STANDARD,
                       List.of(new RepairMaterial(MaterialType.OBLIGATION_FULFILMENT_PROOF, " 京海市监缴〔2026〕15号 ",
                                       " 罚款缴纳凭证 "),
                               new RepairMaterial(MaterialType.CREDIT_COMMITMENT, "XYCN-2026-0212", " ")),
                       APPLIED_ON, at(APPLIED_ON)))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RepairApplied(PENALTY_ID, APPLICATION, SUBJECT_CODE, DEPARTMENT, APPLICANT,
                       RepairKind.STANDARD, List.of(PAYMENT_PROOF, COMMITMENT), APPLIED_ON, EARLIEST_REPAIR,
                       deadline(LocalDate.of(2026, 2, 12), 3, LocalDate.of(2026, 2, 24)), REPAIR_RULES,
                       at(APPLIED_ON)))
               .expectResultMessagePayload(new CaseOpened(APPLICATION.value(), false));
    }

    @Test
    void apply_recordsAReorganisation_beforeTheMinimumPeriodHasRun() {
        // Monday 2025-11-03 + 3 working days: 11-04, 11-05, 11-06
        LocalDate today = LocalDate.of(2025, 11, 3);

        fixture.given(PENALTY_RECORDED)
               .when(apply(APPLICATION, RepairKind.REORGANISATION, REORGANISATION_MATERIALS, today))
               .expectEvents(new RepairApplied(PENALTY_ID, APPLICATION, SUBJECT_CODE, DEPARTMENT, APPLICANT,
                       RepairKind.REORGANISATION, REORGANISATION_MATERIALS, today, EARLIEST_REPAIR,
                       deadline(today, 3, LocalDate.of(2025, 11, 6)), REPAIR_RULES, at(today)));
    }

    @Test
    void apply_recordsTheApplicationOfAMinorPenalty_beforeItsMinimumPeriodHasRun() {
        // a rule set with a minimum period for minor penalties: minor records may apply once the obligation is met
        PublicityWindow minorWindow = new PublicityWindow(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 26),
                LocalDate.of(2025, 12, 26), "local-minor-1m");
        LocalDate today = LocalDate.of(2025, 10, 20);

        fixture.given(new PenaltyRecorded(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.MINOR, minorWindow, ON_TIME, SUBMITTED_AT))
               .when(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, today))
               .expectEvents(new RepairApplied(PENALTY_ID, APPLICATION, SUBJECT_CODE, DEPARTMENT, APPLICANT,
                       RepairKind.STANDARD, STANDARD_MATERIALS, today, LocalDate.of(2025, 10, 26),
                       // Monday 2025-10-20: 21, 22, 23
                       deadline(today, 3, LocalDate.of(2025, 10, 23)), REPAIR_RULES, at(today)));
    }

    @Test
    void apply_recordsTheDecisionDateAsEarliestRepair_whenTheWindowHasNoMinimum() {
        PublicityWindow noMinimum = new PublicityWindow(LocalDate.of(2025, 9, 26), null, LATEST_END, RULE_SET);

        fixture.given(new PenaltyRecorded(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.GENERAL, noMinimum, ON_TIME, SUBMITTED_AT))
               .when(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, APPLIED_ON))
               .expectEvents(new RepairApplied(PENALTY_ID, APPLICATION, SUBJECT_CODE, DEPARTMENT, APPLICANT,
                       RepairKind.STANDARD, STANDARD_MATERIALS, APPLIED_ON, LocalDate.of(2025, 9, 26), ACCEPTANCE_DUE,
                       REPAIR_RULES, at(APPLIED_ON)));
    }

    @Test
    void apply_answersThePendingApplicationAndStoresNothing_whenTheSameApplicationComesAgain() {
        fixture.given(PENALTY_RECORDED)
               .andGivenCommands(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, APPLIED_ON))
               .when(new ApplyForRepair(PENALTY_ID, SECOND_APPLICATION, APPLICANT + " ", RepairKind.STANDARD,
                       List.of(COMMITMENT, PAYMENT_PROOF), APPLIED_ON.plusDays(1), at(APPLIED_ON.plusDays(1))))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(new CaseOpened(APPLICATION.value(), true));
    }

    @Test
    void apply_answersTheApplicationAndStoresNothing_whenItsIdIsSentAgain() {
        fixture.given(PENALTY_RECORDED, repairApplied(), denied())
               .when(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, GRANTED_ON))
               .expectNoEvents()
               .expectResultMessagePayload(new CaseOpened(APPLICATION.value(), true));
    }

    @Test
    void apply_isRefused_whileAnotherApplicationIsPending() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted())
               .when(apply(SECOND_APPLICATION, RepairKind.STANDARD,
                       List.of(PAYMENT_PROOF, COMMITMENT, new RepairMaterial(MaterialType.OTHER, "补充说明", null)),
                       ACCEPTED_ON))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_ALREADY_PENDING,
                       Map.of("applicationId", APPLICATION.toString())))
               .expectExceptionMessage("Record " + PENALTY_ID + " already has the pending repair application "
                       + APPLICATION + ".");
    }

    @Test
    void apply_isRefused_whileTemporaryMeasuresArePending() {
        fixture.given(PENALTY_RECORDED, repairApplied(RepairKind.REORGANISATION, REORGANISATION_MATERIALS),
                       repairAccepted(), repairGranted(true), endedByRepair(DisclosureEndReason.TEMPORARILY_HIDDEN))
               .when(apply(SECOND_APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, LocalDate.of(2026, 4, 1)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_ALREADY_PENDING,
                       Map.of("applicationId", APPLICATION.toString())));
    }

    @Test
    void apply_recordsANewApplication_afterADenial() {
        LocalDate today = LocalDate.of(2026, 3, 9);

        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), denied())
               .when(apply(SECOND_APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, today))
               .expectEvents(new RepairApplied(PENALTY_ID, SECOND_APPLICATION, SUBJECT_CODE, DEPARTMENT, APPLICANT,
                       RepairKind.STANDARD, STANDARD_MATERIALS, today, EARLIEST_REPAIR,
                       // Monday 2026-03-09: 10, 11, 12
                       deadline(today, 3, LocalDate.of(2026, 3, 12)), REPAIR_RULES, at(today)))
               .expectResultMessagePayload(new CaseOpened(SECOND_APPLICATION.value(), false));
    }

    @Test
    void apply_isRefused_whenTheRecordIsAlreadyRepaired() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED))
               .when(apply(SECOND_APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, LocalDate.of(2026, 4, 1)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_NOT_NEEDED))
               .expectExceptionMessage("Record " + PENALTY_ID + " needs no repair: it is already repaired.");
    }

    @Test
    void apply_isRefused_whenTheRecordIsRepairedByFinalisedTemporaryMeasures() {
        fixture.given(PENALTY_RECORDED, repairApplied(RepairKind.REORGANISATION, REORGANISATION_MATERIALS),
                       repairAccepted(), repairGranted(true), endedByRepair(DisclosureEndReason.TEMPORARILY_HIDDEN),
                       finalised())
               .when(apply(SECOND_APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, LocalDate.of(2026, 6, 1)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_NOT_NEEDED));
    }

    @Test
    void apply_isRefused_whenDisclosureHasExpired() {
        fixture.given(PENALTY_RECORDED, expired())
               .when(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, LocalDate.of(2026, 10, 9)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_NOT_NEEDED))
               .expectExceptionMessage("Record " + PENALTY_ID
                       + " needs no repair: its disclosure ended (PUBLICITY_EXPIRED) on 2026-09-26.");
    }

    @Test
    void apply_isRefused_whenTheWindowHasRunOutBeforeTheSweep() {
        fixture.given(PENALTY_RECORDED)
               .when(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, LATEST_END))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_NOT_NEEDED))
               .expectExceptionMessage("Record " + PENALTY_ID
                       + " needs no repair: its publicity period ended on 2026-09-26.");
    }

    @Test
    void apply_isRefused_whenTheViolationTypeIsNotRepairable() {
        RepairPolicy strict = new RepairPolicy(CALENDAR, 3, 10, Set.of(" 虚假宣传 "), "local-repair-1");

        DisputeExamples.fixture(new DisputePolicies(ObjectionPolicy.defaults(CALENDAR), strict))
                       .given(PENALTY_RECORDED)
                       .when(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, APPLIED_ON))
                       .expectNoEvents()
                       .expectException(refusal(RuleCode.REPAIR_NOT_ALLOWED))
                       .expectExceptionMessage("Record " + PENALTY_ID
                               + " cannot be repaired: its violation type '虚假宣传' is on the non-repairable list.");
    }

    @Test
    void apply_isRefused_beforeTheMinimumPeriodHasRun_namingTheEarliestRepairDate() {
        fixture.given(PENALTY_RECORDED)
               .when(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, LocalDate.of(2025, 12, 25)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_TOO_EARLY, Map.of("earliestRepairOn", "2025-12-26")))
               .expectExceptionMessage("The minimum publicity period of record " + PENALTY_ID
                       + " has not run: repair can be applied for from 2025-12-26.");
    }

    @Test
    void apply_recordsTheApplication_onTheEarliestRepairDate() {
        // Friday 2025-12-26 + 3 working days: 12-29, 12-30, 12-31
        fixture.given(PENALTY_RECORDED)
               .when(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, EARLIEST_REPAIR))
               .expectEvents(new RepairApplied(PENALTY_ID, APPLICATION, SUBJECT_CODE, DEPARTMENT, APPLICANT,
                       RepairKind.STANDARD, STANDARD_MATERIALS, EARLIEST_REPAIR, EARLIEST_REPAIR,
                       deadline(EARLIEST_REPAIR, 3, LocalDate.of(2025, 12, 31)), REPAIR_RULES, at(EARLIEST_REPAIR)));
    }

    @Test
    void apply_isRefused_whenAStandardRepairLacksTheProofOfFulfilment() {
        fixture.given(PENALTY_RECORDED)
               .when(apply(APPLICATION, RepairKind.STANDARD, List.of(COMMITMENT, COURT_RULING), APPLIED_ON))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_MATERIALS_MISSING,
                       Map.of("missing", List.of("OBLIGATION_FULFILMENT_PROOF"))))
               .expectExceptionMessage("The application lacks required materials: OBLIGATION_FULFILMENT_PROOF.");
    }

    @Test
    void apply_isRefused_whenAReorganisationHasNoMaterials() {
        fixture.given(PENALTY_RECORDED)
               .when(apply(APPLICATION, RepairKind.REORGANISATION, List.of(), APPLIED_ON))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_MATERIALS_MISSING,
                       Map.of("missing", List.of("CREDIT_COMMITMENT", "COURT_RULING"))));
    }

    @Test
    void apply_isRefused_forALicence() {
        fixture.given(LICENCE_RECORDED)
               .when(new ApplyForRepair(LICENCE_ID, APPLICATION, APPLICANT, RepairKind.STANDARD, STANDARD_MATERIALS,
                       APPLIED_ON, at(APPLIED_ON)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_NOT_APPLICABLE));
    }

    @Test
    void apply_isRefused_whenTheRecordWasRevoked() {
        fixture.given(PENALTY_RECORDED, revoked())
               .when(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, APPLIED_ON))
               .expectNoEvents()
               .expectException(ruleViolation(RecordAlreadyRevoked.class, RuleCode.RECORD_REVOKED));
    }

    @Test
    void apply_isRefused_whenTheRecordWasDeleted() {
        fixture.given(ObjectionTest.deletedRecord())
               .when(apply(APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, LocalDate.of(2026, 3, 2)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.RECORD_DELETED));
    }

    @Test
    void apply_isRefusedForItsFieldsFirst_evenWhenTheRecordWasRevoked() {
        fixture.given(PENALTY_RECORDED, revoked())
               .when(new ApplyForRepair(PENALTY_ID, APPLICATION, " ", RepairKind.STANDARD,
                       List.of(PAYMENT_PROOF, new RepairMaterial(MaterialType.CREDIT_COMMITMENT, "", null)),
                       APPLIED_ON, at(APPLIED_ON)))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("applicant", "must not be empty"),
                       new FieldViolation("materials[1].reference", "must not be empty")));
    }

    // ---------------------------------------------------------------------------------- AcceptRepairApplication

    @Test
    void accept_recordsTheDecisionDeadline_tenWorkingDaysLater() {
        // Tuesday 2026-02-24 + 10 working days: 02-25, 02-26, 02-27, Saturday 02-28 (make-up), 03-02..06, 03-09
        fixture.given(PENALTY_RECORDED, repairApplied())
               .when(accept(ACCEPTED_ON))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RepairAccepted(PENALTY_ID, APPLICATION, ACCEPTED_ON, true,
                       deadline(LocalDate.of(2026, 2, 24), 10, LocalDate.of(2026, 3, 9)), at(ACCEPTED_ON)));
    }

    @Test
    void accept_recordsALateAcceptance_theDayAfterTheAcceptanceDeadline() {
        // Wednesday 2026-02-25 + 10 working days: 02-26, 02-27, 02-28 (make-up), 03-02..06, 03-09, 03-10
        LocalDate late = LocalDate.of(2026, 2, 25);

        fixture.given(PENALTY_RECORDED, repairApplied())
               .when(accept(late))
               .expectEvents(new RepairAccepted(PENALTY_ID, APPLICATION, late, false,
                       deadline(late, 10, LocalDate.of(2026, 3, 10)), at(late)));
    }

    @Test
    void accept_recordsTheRefusalToAccept_withItsReason() {
        fixture.given(PENALTY_RECORDED, repairApplied())
               .when(refuseAcceptance(RepairRefusalReason.MATERIALS_INCOMPLETE, " 缴款凭证无法核验 "))
               .expectEvents(new RepairNotAccepted(PENALTY_ID, APPLICATION, RepairRefusalReason.MATERIALS_INCOMPLETE,
                       "缴款凭证无法核验", ACCEPTED_ON, true, at(ACCEPTED_ON)));
    }

    @Test
    void accept_isRefused_whenARefusalHasNoReasonAndNoExplanation() {
        fixture.given(PENALTY_RECORDED, repairApplied())
               .when(refuseAcceptance(null, " "))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("reason", "required when the application is not accepted"),
                       new FieldViolation("explanation", "must not be empty")));
    }

    @Test
    void accept_isRefused_whenTheApplicationIsAlreadyAccepted() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted())
               .when(accept(ACCEPTED_ON))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_APPLICATION_STATE))
               .expectExceptionMessage("Repair application " + APPLICATION
                       + " is accepted and cannot be accepted or refused acceptance.");
    }

    @Test
    void accept_isRefused_whenTheRecordHasNoSuchApplication() {
        fixture.given(PENALTY_RECORDED)
               .when(accept(ACCEPTED_ON))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_APPLICATION_NOT_FOUND))
               .expectExceptionMessage("Record " + PENALTY_ID + " has no repair application " + APPLICATION + ".");
    }

    // ---------------------------------------------------------------------------------- DecideRepairApplication

    @Test
    void grant_endsDisclosureAsRepaired() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted())
               .when(grant(GRANTED_ON))
               .expectSuccessfulHandlerExecution()
               .expectEvents(repairGranted(false), endedByRepair(DisclosureEndReason.REPAIRED));
    }

    @Test
    void grant_hidesTheRecordTemporarily_forAReorganisation() {
        fixture.given(PENALTY_RECORDED, repairApplied(RepairKind.REORGANISATION, REORGANISATION_MATERIALS),
                       repairAccepted())
               .when(grant(GRANTED_ON))
               .expectEvents(repairGranted(true), endedByRepair(DisclosureEndReason.TEMPORARILY_HIDDEN));
    }

    @Test
    void grant_recordsALateGrant_theDayAfterTheDecisionDeadline() {
        LocalDate late = LocalDate.of(2026, 3, 10);

        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted())
               .when(grant(late))
               .expectEvents(new RepairGranted(PENALTY_ID, APPLICATION, false, "材料齐全，准予修复", late, false,
                               at(late)),
                       DisputeExamples.disclosureEnded(DisclosureEndReason.REPAIRED, late, APPLICATION.value(),
                               at(late)));
    }

    @Test
    void grant_endsNoDisclosure_whenTheRecordIsNoLongerDisclosed() {
        LocalDate today = LocalDate.of(2026, 9, 28);

        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), expired())
               .when(grant(today))
               .expectEvents(new RepairGranted(PENALTY_ID, APPLICATION, false, "材料齐全，准予修复", today, false,
                       at(today)));
    }

    @Test
    void deny_recordsTheDenial_withItsReason() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted())
               .when(deny(RepairRefusalReason.OBLIGATIONS_UNPERFORMED, " 罚款尚未缴清 "))
               .expectEvents(denied());
    }

    @Test
    void deny_isRefused_whenItHasNoReasonAndNoExplanation() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted())
               .when(deny(null, ""))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("reason", "required when the application is denied"),
                       new FieldViolation("explanation", "must not be empty")));
    }

    @Test
    void decide_isRefused_beforeTheApplicationIsAccepted() {
        fixture.given(PENALTY_RECORDED, repairApplied())
               .when(grant(ACCEPTED_ON))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_APPLICATION_STATE))
               .expectExceptionMessage("Repair application " + APPLICATION
                       + " is applied and cannot be granted or denied.");
    }

    @Test
    void decide_isRefused_whenTheApplicationWasNotAccepted() {
        fixture.given(PENALTY_RECORDED, repairApplied(), new RepairNotAccepted(PENALTY_ID, APPLICATION,
                       RepairRefusalReason.MATERIALS_INCOMPLETE, "缴款凭证无法核验", ACCEPTED_ON, true, at(ACCEPTED_ON)))
               .when(grant(GRANTED_ON))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_APPLICATION_STATE));
    }

    @Test
    void decide_isRefused_whenTheRecordHasNoSuchApplication() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted())
               .when(new DecideRepairApplication(PENALTY_ID, SECOND_APPLICATION, true, null, "",
                       GRANTED_ON, at(GRANTED_ON)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_APPLICATION_NOT_FOUND));
    }

    // --------------------------------------------------------------------------------------------- RevokeRepair

    @Test
    void revoke_resumesDisclosureForTheRestOfTheWindow_whenTheMaterialsWereFalse() {
        LocalDate today = LocalDate.of(2026, 4, 1);

        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED))
               .when(revokeRepair(RepairRevocationReason.FALSE_MATERIALS, today))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RepairRevoked(PENALTY_ID, APPLICATION, RepairRevocationReason.FALSE_MATERIALS,
                               "信用承诺书系伪造", today, at(today)),
                       resumed(DisclosureResumeReason.REPAIR_REVOKED, today));
    }

    @Test
    void revoke_endsTheTemporaryHiding_whenTheReorganisationFailed() {
        LocalDate today = LocalDate.of(2026, 4, 1);

        fixture.given(PENALTY_RECORDED, repairApplied(RepairKind.REORGANISATION, REORGANISATION_MATERIALS),
                       repairAccepted(), repairGranted(true), endedByRepair(DisclosureEndReason.TEMPORARILY_HIDDEN))
               .when(revokeRepair(RepairRevocationReason.REORGANISATION_ENDED, today))
               .expectEvents(new RepairRevoked(PENALTY_ID, APPLICATION, RepairRevocationReason.REORGANISATION_ENDED,
                               "信用承诺书系伪造", today, at(today)),
                       resumed(DisclosureResumeReason.TEMPORARY_HIDING_ENDED, today));
    }

    @Test
    void revoke_doesNotResume_afterTheWindowHasRunOut() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED))
               .when(revokeRepair(RepairRevocationReason.FALSE_MATERIALS, LATEST_END))
               .expectEvents(new RepairRevoked(PENALTY_ID, APPLICATION, RepairRevocationReason.FALSE_MATERIALS,
                       "信用承诺书系伪造", LATEST_END, at(LATEST_END)));
    }

    @Test
    void revoke_doesNotResume_whenTheGrantHadEndedNoDisclosure() {
        LocalDate today = LocalDate.of(2026, 10, 9);

        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), expired(), repairGranted(false))
               .when(revokeRepair(RepairRevocationReason.FALSE_MATERIALS, today))
               .expectEvents(new RepairRevoked(PENALTY_ID, APPLICATION, RepairRevocationReason.FALSE_MATERIALS,
                       "信用承诺书系伪造", today, at(today)));
    }

    @Test
    void revoke_doesNotResume_whenTheRecordWasRevoked() {
        LocalDate today = LocalDate.of(2026, 4, 1);

        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED), revoked())
               .when(revokeRepair(RepairRevocationReason.FALSE_MATERIALS, today))
               .expectEvents(new RepairRevoked(PENALTY_ID, APPLICATION, RepairRevocationReason.FALSE_MATERIALS,
                       "信用承诺书系伪造", today, at(today)));
    }

    @Test
    void revoke_isRefused_whenAGrantForGoodIsEndedAsAReorganisation() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED))
               .when(revokeRepair(RepairRevocationReason.REORGANISATION_ENDED, LocalDate.of(2026, 4, 1)))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("reason",
                       "REORGANISATION_ENDED ends temporary measures only; this repair was granted for good")));
    }

    @Test
    void revoke_isRefused_whenTheRepairWasNotGranted() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), denied())
               .when(revokeRepair(RepairRevocationReason.FALSE_MATERIALS, LocalDate.of(2026, 4, 1)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_APPLICATION_STATE))
               .expectExceptionMessage("Repair application " + APPLICATION + " is denied and cannot be revoked.");
    }

    @Test
    void revoke_isRefused_aSecondTime() {
        LocalDate today = LocalDate.of(2026, 4, 1);

        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED),
                       new RepairRevoked(PENALTY_ID, APPLICATION, RepairRevocationReason.FALSE_MATERIALS, "伪造", today,
                               at(today)), resumed(DisclosureResumeReason.REPAIR_REVOKED, today))
               .when(revokeRepair(RepairRevocationReason.FALSE_MATERIALS, today.plusDays(1)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_APPLICATION_STATE));
    }

    @Test
    void apply_recordsANewApplication_afterTheRepairWasRevoked() {
        LocalDate revokedOn = LocalDate.of(2026, 4, 1);
        LocalDate today = LocalDate.of(2026, 4, 8);

        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED),
                       new RepairRevoked(PENALTY_ID, APPLICATION, RepairRevocationReason.FALSE_MATERIALS, "伪造",
                               revokedOn, at(revokedOn)), resumed(DisclosureResumeReason.REPAIR_REVOKED, revokedOn))
               .when(apply(SECOND_APPLICATION, RepairKind.STANDARD, STANDARD_MATERIALS, today))
               .expectEvents(new RepairApplied(PENALTY_ID, SECOND_APPLICATION, SUBJECT_CODE, DEPARTMENT, APPLICANT,
                       RepairKind.STANDARD, STANDARD_MATERIALS, today, EARLIEST_REPAIR,
                       // Wednesday 2026-04-08: 09, 10, 13
                       deadline(today, 3, LocalDate.of(2026, 4, 13)), REPAIR_RULES, at(today)));
    }

    // ------------------------------------------------------------------------------------------- FinaliseRepair

    @Test
    void finalise_makesTheTemporaryMeasuresFinal() {
        LocalDate today = LocalDate.of(2026, 5, 20);

        fixture.given(PENALTY_RECORDED, repairApplied(RepairKind.REORGANISATION, REORGANISATION_MATERIALS),
                       repairAccepted(), repairGranted(true), endedByRepair(DisclosureEndReason.TEMPORARILY_HIDDEN))
               .when(new FinaliseRepair(PENALTY_ID, APPLICATION, " 重整计划已执行完毕 ", today, at(today)))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RepairFinalised(PENALTY_ID, APPLICATION, "重整计划已执行完毕", today, at(today)));
    }

    @Test
    void revoke_isRefusedAsAReorganisationEnd_onceTheMeasuresAreFinal() {
        fixture.given(PENALTY_RECORDED, repairApplied(RepairKind.REORGANISATION, REORGANISATION_MATERIALS),
                       repairAccepted(), repairGranted(true), endedByRepair(DisclosureEndReason.TEMPORARILY_HIDDEN),
                       finalised())
               .when(revokeRepair(RepairRevocationReason.REORGANISATION_ENDED, LocalDate.of(2026, 6, 1)))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("reason",
                       "REORGANISATION_ENDED ends temporary measures only; this repair was granted for good")));
    }

    @Test
    void finalise_isRefused_forARepairGrantedForGood() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED))
               .when(new FinaliseRepair(PENALTY_ID, APPLICATION, "重整计划已执行完毕", LocalDate.of(2026, 5, 20),
                       at(LocalDate.of(2026, 5, 20))))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_APPLICATION_STATE))
               .expectExceptionMessage("Repair application " + APPLICATION + " is granted and cannot be finalised.");
    }

    @Test
    void finalise_isRefused_whenTheRecordHasNoSuchApplication() {
        fixture.given(PENALTY_RECORDED)
               .when(new FinaliseRepair(PENALTY_ID, APPLICATION, "重整计划已执行完毕", LocalDate.of(2026, 5, 20),
                       at(LocalDate.of(2026, 5, 20))))
               .expectNoEvents()
               .expectException(refusal(RuleCode.REPAIR_APPLICATION_NOT_FOUND));
    }

    // -------------------------------------------------------------------------------------------------- helpers

    static RepairDenied denied() {
        return new RepairDenied(PENALTY_ID, APPLICATION, RepairRefusalReason.OBLIGATIONS_UNPERFORMED, "罚款尚未缴清",
                GRANTED_ON, true, at(GRANTED_ON));
    }

    static RepairFinalised finalised() {
        LocalDate on = LocalDate.of(2026, 5, 20);
        return new RepairFinalised(PENALTY_ID, APPLICATION, "重整计划已执行完毕", on, at(on));
    }

    static DisclosureResumed resumed(DisclosureResumeReason reason, LocalDate on) {
        return new DisclosureResumed(PENALTY_ID, SUBJECT_CODE, reason, on, LATEST_END, APPLICATION.value(), at(on));
    }
}
