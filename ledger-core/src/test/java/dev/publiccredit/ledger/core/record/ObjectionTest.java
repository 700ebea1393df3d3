package dev.publiccredit.ledger.core.record;

import static dev.publiccredit.ledger.core.record.CreditRecordTest.DEPARTMENT;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.LICENCE_ID;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.LICENCE_RECORDED;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.PENALTY_ID;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.PENALTY_RECORDED;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.RULE_SET;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.SUBJECT_CODE;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.revoked;
import static dev.publiccredit.ledger.core.record.DisputeExamples.DECISION_DUE;
import static dev.publiccredit.ledger.core.record.DisputeExamples.EVIDENCE;
import static dev.publiccredit.ledger.core.record.DisputeExamples.EXTENDED_DUE;
import static dev.publiccredit.ledger.core.record.DisputeExamples.FIRST_DECIDED_ON;
import static dev.publiccredit.ledger.core.record.DisputeExamples.LATEST_END;
import static dev.publiccredit.ledger.core.record.DisputeExamples.OBJECTION;
import static dev.publiccredit.ledger.core.record.DisputeExamples.OBJECTION_RULES;
import static dev.publiccredit.ledger.core.record.DisputeExamples.OBJECTOR;
import static dev.publiccredit.ledger.core.record.DisputeExamples.RAISED_ON;
import static dev.publiccredit.ledger.core.record.DisputeExamples.REVIEW_DUE;
import static dev.publiccredit.ledger.core.record.DisputeExamples.REVIEW_REQUESTED_ON;
import static dev.publiccredit.ledger.core.record.DisputeExamples.SECOND_OBJECTION;
import static dev.publiccredit.ledger.core.record.DisputeExamples.STATEMENT;
import static dev.publiccredit.ledger.core.record.DisputeExamples.at;
import static dev.publiccredit.ledger.core.record.DisputeExamples.deadline;
import static dev.publiccredit.ledger.core.record.DisputeExamples.decide;
import static dev.publiccredit.ledger.core.record.DisputeExamples.disclosureEnded;
import static dev.publiccredit.ledger.core.record.DisputeExamples.endedByRepair;
import static dev.publiccredit.ledger.core.record.DisputeExamples.expired;
import static dev.publiccredit.ledger.core.record.DisputeExamples.firstDecision;
import static dev.publiccredit.ledger.core.record.DisputeExamples.objectionDecided;
import static dev.publiccredit.ledger.core.record.DisputeExamples.objectionRaised;
import static dev.publiccredit.ledger.core.record.DisputeExamples.raise;
import static dev.publiccredit.ledger.core.record.DisputeExamples.repairAccepted;
import static dev.publiccredit.ledger.core.record.DisputeExamples.repairApplied;
import static dev.publiccredit.ledger.core.record.DisputeExamples.repairGranted;
import static dev.publiccredit.ledger.core.record.DisputeExamples.reviewRequested;
import static dev.publiccredit.ledger.core.record.RuleViolations.invalidContent;
import static dev.publiccredit.ledger.core.record.RuleViolations.refusal;
import static dev.publiccredit.ledger.core.record.RuleViolations.ruleViolation;

import dev.publiccredit.ledger.core.dispute.command.CaseOpened;
import dev.publiccredit.ledger.core.dispute.command.DecideObjection;
import dev.publiccredit.ledger.core.dispute.command.ExtendObjectionDeadline;
import dev.publiccredit.ledger.core.dispute.command.ForwardObjection;
import dev.publiccredit.ledger.core.dispute.command.RaiseObjection;
import dev.publiccredit.ledger.core.dispute.command.RequestObjectionReview;
import dev.publiccredit.ledger.core.dispute.event.ObjectionDeadlineExtended;
import dev.publiccredit.ledger.core.dispute.event.ObjectionDecided;
import dev.publiccredit.ledger.core.dispute.event.ObjectionForwarded;
import dev.publiccredit.ledger.core.dispute.event.ObjectionGround;
import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionRaised;
import dev.publiccredit.ledger.core.dispute.event.ObjectionReviewRequested;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.dispute.event.Objector;
import dev.publiccredit.ledger.core.dispute.event.ObjectorRole;
import dev.publiccredit.ledger.core.record.command.CorrectRecord;
import dev.publiccredit.ledger.core.record.command.RequestedChange;
import dev.publiccredit.ledger.core.record.command.RevokeRecord;
import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureEnded;
import dev.publiccredit.ledger.core.record.event.DisclosureResumeReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import dev.publiccredit.ledger.core.record.event.FieldChange;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Objections (异议) to the penalty of {@link CreditRecordTest}, command by command: raised, forwarded, extended,
 * decided, reviewed and decided again, with the effects of each decision on the record. The deadlines are worked out
 * by hand in {@link DisputeExamples}.
 */
class ObjectionTest {

    static final DepartmentCode DECIDING_DEPARTMENT = new DepartmentCode("SAMR-HAIDIAN");
    static final ListingId LISTING = ListingId.forSource(DEPARTMENT, "YZSX-2026-0003");

    final FixtureConfiguration<CreditRecord> fixture = DisputeExamples.fixture();

    // ------------------------------------------------------------------------------------------- RaiseObjection

    @Test
    void raise_recordsTheObjection_dueFiveWorkingDaysLaterAcrossTheSpringFestival() {
        // 2026-02-12 + 5 working days: 02-13, Saturday 02-14 (make-up), then 02-24, 02-25, 02-26
        fixture.given(PENALTY_RECORDED)
               .when(new RaiseObjection(PENALTY_ID, OBJECTION,
                       new Objector(" 北京示例科技有限公司 ", ObjectorRole.SUBJECT, " 010-62345678 "),
                       ObjectionGround.ERROR, " 罚款金额与处罚决定书不一致 ", List.of(" 京海市监罚〔2025〕42号决定书扫描件 "),
                       RAISED_ON, at(RAISED_ON)))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ObjectionRaised(PENALTY_ID, OBJECTION, SUBJECT_CODE, DEPARTMENT, OBJECTOR,
                       ObjectionGround.ERROR, STATEMENT, EVIDENCE, RAISED_ON,
                       deadline(LocalDate.of(2026, 2, 12), 5, LocalDate.of(2026, 2, 26)), OBJECTION_RULES,
                       at(RAISED_ON)))
               .expectResultMessagePayload(new CaseOpened(OBJECTION.value(), false));
    }

    @Test
    void raise_recordsTheObjection_aboutALicence() {
        fixture.given(LICENCE_RECORDED)
               .when(new RaiseObjection(LICENCE_ID, OBJECTION, OBJECTOR, ObjectionGround.OMISSION, STATEMENT,
                       List.of(), RAISED_ON, at(RAISED_ON)))
               .expectEvents(new ObjectionRaised(LICENCE_ID, OBJECTION, SUBJECT_CODE, DEPARTMENT, OBJECTOR,
                       ObjectionGround.OMISSION, STATEMENT, List.of(), RAISED_ON, DECISION_DUE, OBJECTION_RULES,
                       at(RAISED_ON)))
               .expectResultMessagePayload(new CaseOpened(OBJECTION.value(), false));
    }

    @Test
    void raise_recordsTheObjection_whenDisclosureHasEnded() {
        LocalDate after = LocalDate.of(2026, 10, 12);

        fixture.given(PENALTY_RECORDED, expired())
               .when(new RaiseObjection(PENALTY_ID, OBJECTION, OBJECTOR, ObjectionGround.SHOWN_PAST_PERIOD,
                       STATEMENT, EVIDENCE, after, at(after)))
               .expectEvents(new ObjectionRaised(PENALTY_ID, OBJECTION, SUBJECT_CODE, DEPARTMENT, OBJECTOR,
                       ObjectionGround.SHOWN_PAST_PERIOD, STATEMENT, EVIDENCE, after,
                       // Monday 2026-10-12: 13, 14, 15, 16, 19
                       deadline(after, 5, LocalDate.of(2026, 10, 19)), OBJECTION_RULES, at(after)));
    }

    @Test
    void raise_answersTheOpenObjectionAndStoresNothing_whenTheSameObjectionIsRaisedAgain() {
        fixture.given(PENALTY_RECORDED)
               .andGivenCommands(raise(OBJECTION, RAISED_ON))
               .when(new RaiseObjection(PENALTY_ID, SECOND_OBJECTION,
                       new Objector("北京示例科技有限公司 ", ObjectorRole.AGENT, null), ObjectionGround.ERROR,
                       STATEMENT + " ", List.of(), RAISED_ON.plusDays(1), at(RAISED_ON.plusDays(1))))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(new CaseOpened(OBJECTION.value(), true));
    }

    @Test
    void raise_answersTheObjectionAndStoresNothing_whenItsIdIsSentAgain() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG))
               .when(raise(OBJECTION, LocalDate.of(2026, 3, 2)))
               .expectNoEvents()
               .expectResultMessagePayload(new CaseOpened(OBJECTION.value(), true));
    }

    @Test
    void raise_isRefused_whenAnotherObjectionIsOpen() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(new RaiseObjection(PENALTY_ID, SECOND_OBJECTION, OBJECTOR, ObjectionGround.PRIVACY_OR_TRADE_SECRET,
                       STATEMENT, EVIDENCE, RAISED_ON, at(RAISED_ON)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_ALREADY_OPEN, Map.of("objectionId", OBJECTION.toString())))
               .expectExceptionMessage("Record " + PENALTY_ID + " already has the open objection " + OBJECTION
                       + "; it is answered before another is raised.");
    }

    @Test
    void raise_isRefused_whenAnotherObjectionIsUnderReview() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG), reviewRequested())
               .when(new RaiseObjection(PENALTY_ID, SECOND_OBJECTION, OBJECTOR, ObjectionGround.ERROR, "另一异议",
                       EVIDENCE, LocalDate.of(2026, 3, 2), at(LocalDate.of(2026, 3, 2))))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_ALREADY_OPEN, Map.of("objectionId", OBJECTION.toString())));
    }

    @Test
    void raise_recordsASecondObjection_onceTheFirstIsDecided() {
        LocalDate later = LocalDate.of(2026, 3, 2);

        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG))
               .when(raise(SECOND_OBJECTION, later))
               .expectEvents(new ObjectionRaised(PENALTY_ID, SECOND_OBJECTION, SUBJECT_CODE, DEPARTMENT, OBJECTOR,
                       ObjectionGround.ERROR, STATEMENT, EVIDENCE, later,
                       // Monday 2026-03-02: 03, 04, 05, 06, 09
                       deadline(later, 5, LocalDate.of(2026, 3, 9)), OBJECTION_RULES, at(later)))
               .expectResultMessagePayload(new CaseOpened(SECOND_OBJECTION.value(), false));
    }

    @Test
    void raise_isRefused_whenTheObjectorNameAndTheStatementAreEmpty() {
        fixture.given(PENALTY_RECORDED)
               .when(new RaiseObjection(PENALTY_ID, OBJECTION, new Objector(" ", ObjectorRole.SUBJECT, null),
                       ObjectionGround.ERROR, "", List.of("决定书", " "), RAISED_ON, at(RAISED_ON)))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("objector.name", "must not be empty"),
                       new FieldViolation("statement", "must not be empty"),
                       new FieldViolation("evidence[1]", "must not be empty")));
    }

    @Test
    void raise_isRefused_whenTheRecordWasRevoked() {
        fixture.given(PENALTY_RECORDED, revoked())
               .when(raise(OBJECTION, RAISED_ON))
               .expectNoEvents()
               .expectException(ruleViolation(RecordAlreadyRevoked.class, RuleCode.RECORD_REVOKED));
    }

    @Test
    void raise_isRefused_whenTheRecordWasDeleted() {
        fixture.given(deletedRecord())
               .when(raise(SECOND_OBJECTION, LocalDate.of(2026, 3, 2)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.RECORD_DELETED))
               .expectExceptionMessage("Record " + PENALTY_ID
                       + " was deleted after an upheld objection and accepts no further change.");
    }

    // ----------------------------------------------------------------------------------------- ForwardObjection

    @Test
    void forward_recordsTheForwarding() {
        LocalDate today = LocalDate.of(2026, 2, 13);

        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(new ForwardObjection(PENALTY_ID, OBJECTION, DECIDING_DEPARTMENT, " 请核实罚款金额 ", today,
                       at(today)))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ObjectionForwarded(PENALTY_ID, OBJECTION, DECIDING_DEPARTMENT, "请核实罚款金额", today,
                       at(today)));
    }

    @Test
    void forward_recordsTheForwarding_withAnEmptyNote_aSecondTime() {
        LocalDate today = LocalDate.of(2026, 2, 24);

        fixture.given(PENALTY_RECORDED, objectionRaised(), forwarded(LocalDate.of(2026, 2, 13)))
               .when(new ForwardObjection(PENALTY_ID, OBJECTION, new DepartmentCode("MEE-HAIDIAN"), "", today,
                       at(today)))
               .expectEvents(new ObjectionForwarded(PENALTY_ID, OBJECTION, new DepartmentCode("MEE-HAIDIAN"), "",
                       today, at(today)));
    }

    @Test
    void forward_keepsTheObjectionUnderReview_soThatItsReviewCanBeDecided() {
        LocalDate today = LocalDate.of(2026, 3, 3);

        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG), reviewRequested(),
                       forwarded(LocalDate.of(2026, 3, 2)))
               .when(annotate(today))
               .expectEvents(new ObjectionDecided(PENALTY_ID, OBJECTION, ObjectionStage.REVIEW,
                       ObjectionOutcome.ANNOTATE, "经核查", "异议内容无法核实", null, today, true, at(today)));
    }

    @Test
    void forward_isRefused_whenTheNoteIsMissing() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(new ForwardObjection(PENALTY_ID, OBJECTION, DECIDING_DEPARTMENT, null, RAISED_ON,
                       at(RAISED_ON)))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("note", "must be given (it may be empty)")));
    }

    @Test
    void forward_isRefused_whenTheObjectionIsDecided() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG))
               .when(new ForwardObjection(PENALTY_ID, OBJECTION, DECIDING_DEPARTMENT, "", LocalDate.of(2026, 3, 2),
                       at(LocalDate.of(2026, 3, 2))))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_NOT_OPEN))
               .expectExceptionMessage("Objection " + OBJECTION + " is decided and cannot be forwarded.");
    }

    @Test
    void forward_isRefused_whenTheRecordHasNoSuchObjection() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(new ForwardObjection(PENALTY_ID, SECOND_OBJECTION, DECIDING_DEPARTMENT, "", RAISED_ON,
                       at(RAISED_ON)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_NOT_FOUND))
               .expectExceptionMessage("Record " + PENALTY_ID + " has no objection " + SECOND_OBJECTION + ".");
    }

    // ---------------------------------------------------------------------------------- ExtendObjectionDeadline

    @Test
    void extend_recordsTwentyWorkingDaysFromTheObjection() {
        // 2026-02-12 + 20 working days: 02-13, 02-14 (make-up), 02-24..27, 02-28 (make-up), 03-02..06, 03-09..13,
        // 03-16, 03-17, 03-18
        LocalDate today = LocalDate.of(2026, 2, 25);

        fixture.given(PENALTY_RECORDED, objectionRaised(), forwarded(LocalDate.of(2026, 2, 13)))
               .when(new ExtendObjectionDeadline(PENALTY_ID, OBJECTION, " 需调取原始执法记录 ", today, at(today)))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ObjectionDeadlineExtended(PENALTY_ID, OBJECTION, "需调取原始执法记录", today,
                       deadline(LocalDate.of(2026, 2, 12), 20, LocalDate.of(2026, 3, 18)), OBJECTION_RULES,
                       at(today)));
    }

    @Test
    void extend_isRefused_whenTheDeadlineWasAlreadyExtended() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), extended())
               .when(new ExtendObjectionDeadline(PENALTY_ID, OBJECTION, "再次延期", LocalDate.of(2026, 3, 2),
                       at(LocalDate.of(2026, 3, 2))))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_EXTENSION_USED));
    }

    @Test
    void extend_isRefused_whenTheObjectionIsUnderReview() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG), reviewRequested())
               .when(new ExtendObjectionDeadline(PENALTY_ID, OBJECTION, "复核需延期", LocalDate.of(2026, 3, 2),
                       at(LocalDate.of(2026, 3, 2))))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_NOT_OPEN))
               .expectExceptionMessage("Objection " + OBJECTION + " is under review and cannot be extended.");
    }

    @Test
    void extend_isRefused_whenTheReasonIsEmpty() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(new ExtendObjectionDeadline(PENALTY_ID, OBJECTION, "  ", RAISED_ON, at(RAISED_ON)))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("reason", "must not be empty")));
    }

    @Test
    void extend_isRefused_whenTheRecordHasNoSuchObjection() {
        fixture.given(PENALTY_RECORDED)
               .when(new ExtendObjectionDeadline(PENALTY_ID, OBJECTION, "需调取原始执法记录", RAISED_ON, at(RAISED_ON)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_NOT_FOUND));
    }

    // ----------------------------------------------------------------------------------- DecideObjection: FIRST

    @Test
    void decide_recordsTheDecisionOnly_whenNoErrorIsFound_onTheDueDate() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(new DecideObjection(PENALTY_ID, OBJECTION, ObjectionOutcome.UNFLAG, " 经核查，原记录无误 ", " ",
                       List.of(), null, FIRST_DECIDED_ON, at(FIRST_DECIDED_ON)))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ObjectionDecided(PENALTY_ID, OBJECTION, ObjectionStage.FIRST, ObjectionOutcome.UNFLAG,
                       "经核查，原记录无误", null, null, FIRST_DECIDED_ON, true, at(FIRST_DECIDED_ON)));
    }

    @Test
    void decide_recordsALateDecision_theDayAfterTheDeadline() {
        LocalDate late = LocalDate.of(2026, 2, 27);

        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(decide(ObjectionOutcome.UNFLAG, late))
               .expectEvents(objectionDecided(ObjectionStage.FIRST, ObjectionOutcome.UNFLAG, late, false));
    }

    @Test
    void decide_isOnTime_untilTheExtendedDeadline() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), extended())
               .when(decide(ObjectionOutcome.UNFLAG, LocalDate.of(2026, 3, 18)))
               .expectEvents(objectionDecided(ObjectionStage.FIRST, ObjectionOutcome.UNFLAG, LocalDate.of(2026, 3, 18),
                       true));
    }

    @Test
    void decide_deletesTheRecordAndEndsItsDisclosure_whenTheRecordIsFactuallyWrong() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), forwarded(LocalDate.of(2026, 2, 13)))
               .when(decide(ObjectionOutcome.DELETE, FIRST_DECIDED_ON))
               .expectEvents(firstDecision(ObjectionOutcome.DELETE), endedByObjection(
                       DisclosureEndReason.DELETED_AFTER_OBJECTION, FIRST_DECIDED_ON));
    }

    @ParameterizedTest
    @EnumSource(value = ObjectionOutcome.class, names = {"DELETE", "STOP_DISCLOSURE"})
    void decide_endsNoDisclosureAgain_whenItHadAlreadyExpired(ObjectionOutcome outcome) {
        LocalDate today = LocalDate.of(2026, 10, 9);
        // Monday 2026-09-28 + 5 working days: 09-29, 09-30, National Day 10-01..07, 10-08, 10-09, Saturday 10-10
        // (make-up)
        LocalDate raisedOn = LocalDate.of(2026, 9, 28);

        fixture.given(PENALTY_RECORDED, expired(), objectionRaised(OBJECTION, ObjectionGround.SHOWN_PAST_PERIOD,
                       raisedOn, deadline(raisedOn, 5, LocalDate.of(2026, 10, 10))))
               .when(decide(outcome, today))
               .expectEvents(objectionDecided(ObjectionStage.FIRST, outcome, today, true));
    }

    @Test
    void decide_stopsDisclosure_whenTheRecordIsNotToBeShown() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(decide(ObjectionOutcome.STOP_DISCLOSURE, FIRST_DECIDED_ON))
               .expectEvents(firstDecision(ObjectionOutcome.STOP_DISCLOSURE),
                       endedByObjection(DisclosureEndReason.STOPPED_AFTER_OBJECTION, FIRST_DECIDED_ON));
    }

    @Test
    void decide_correctsTheRecord_afterTheDecision_likeADepartmentsCorrection() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(decide(ObjectionOutcome.CORRECT, FIRST_DECIDED_ON,
                       new RequestedChange(CorrectableField.FINE_AMOUNT, "0.30")))
               .expectEvents(firstDecision(ObjectionOutcome.CORRECT),
                       new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                               List.of(new FieldChange(CorrectableField.FINE_AMOUNT, "0.5", "0.3")),
                               "objection " + OBJECTION + ": 经核查", null, null, at(FIRST_DECIDED_ON)));
    }

    @Test
    void decide_supplementsTheRecord_andRedecidesTheWindow_whenTheSeverityChanges() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(decide(ObjectionOutcome.SUPPLEMENT, FIRST_DECIDED_ON,
                       new RequestedChange(CorrectableField.SEVERITY, "MINOR"),
                       new RequestedChange(CorrectableField.REMARKS, "罚款已于2025-10-09缴清")))
               .expectEvents(firstDecision(ObjectionOutcome.SUPPLEMENT),
                       new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                               List.of(new FieldChange(CorrectableField.REMARKS, "已缴纳罚款", "罚款已于2025-10-09缴清"),
                                       new FieldChange(CorrectableField.SEVERITY, "GENERAL", "MINOR")),
                               "objection " + OBJECTION + ": 经核查",
                               new PublicityWindow(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 26),
                                       LocalDate.of(2025, 12, 26), RULE_SET),
                               null, at(FIRST_DECIDED_ON)));
    }

    @Test
    void decide_isRefused_whenACorrectionChangesNothing() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(decide(ObjectionOutcome.CORRECT, FIRST_DECIDED_ON,
                       new RequestedChange(CorrectableField.FINE_AMOUNT, "0.50")))
               .expectNoEvents()
               .expectException(ruleViolation(CorrectionChangesNothing.class, RuleCode.CORRECTION_CHANGES_NOTHING));
    }

    @Test
    void decide_isRefused_withEveryViolation_whenTheCorrectionIsInvalidAndTheReasoningEmpty() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(new DecideObjection(PENALTY_ID, OBJECTION, ObjectionOutcome.CORRECT, "",
                       null, List.of(new RequestedChange(CorrectableField.DECISION_DATE, "2025/09/25"),
                       new RequestedChange(CorrectableField.LICENCE_NUMBER, "JY1")), null, FIRST_DECIDED_ON,
                       at(FIRST_DECIDED_ON)))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("reasoning", "must not be empty"),
                       new FieldViolation("changes.decisionDate", "must be a date in the form YYYY-MM-DD"),
                       new FieldViolation("changes.licenceNumber", "a penalty has no field 'licenceNumber'")));
    }

    @Test
    void decide_isRefused_whenTheCorrectedContentBreaksARecordRule() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(decide(ObjectionOutcome.CORRECT, FIRST_DECIDED_ON,
                       new RequestedChange(CorrectableField.FINE_AMOUNT, null)))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("changes.fineAmount",
                       "required and above zero when penaltyTypes includes FINE")));
    }

    @Test
    void decide_isRefused_whenACorrectionNamesNoField() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(decide(ObjectionOutcome.SUPPLEMENT, FIRST_DECIDED_ON))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("changes", "must name at least one field to correct for SUPPLEMENT")));
    }

    @Test
    void decide_isRefused_whenAnotherOutcomeCarriesChanges() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(decide(ObjectionOutcome.UNFLAG, FIRST_DECIDED_ON,
                       new RequestedChange(CorrectableField.FINE_AMOUNT, "0.3")))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("changes", "only a CORRECT or SUPPLEMENT decision changes fields")));
    }

    @Test
    void decide_isRefused_whenACorrectionConcernsARevokedRecord() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), revoked())
               .when(decide(ObjectionOutcome.CORRECT, FIRST_DECIDED_ON,
                       new RequestedChange(CorrectableField.FINE_AMOUNT, "0.3")))
               .expectNoEvents()
               .expectException(ruleViolation(RecordAlreadyRevoked.class, RuleCode.RECORD_REVOKED));
    }

    @Test
    void decide_recordsTheAnnotation_whenTheObjectionCannotBeDetermined() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(annotate(FIRST_DECIDED_ON))
               .expectEvents(new ObjectionDecided(PENALTY_ID, OBJECTION, ObjectionStage.FIRST,
                       ObjectionOutcome.ANNOTATE, "经核查", "异议内容无法核实", null, FIRST_DECIDED_ON, true,
                       at(FIRST_DECIDED_ON)));
    }

    @Test
    void decide_isRefused_whenAnAnnotationDecisionHasNoAnnotation() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(decide(ObjectionOutcome.ANNOTATE, FIRST_DECIDED_ON))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("annotation", "required for ANNOTATE: the note kept with the record")));
    }

    @Test
    void decide_recordsTheListingToRemove_whenWronglyListed() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(new DecideObjection(PENALTY_ID, OBJECTION, ObjectionOutcome.REMOVE_FROM_LIST, "经核查", null,
                       List.of(), LISTING, FIRST_DECIDED_ON, at(FIRST_DECIDED_ON)))
               .expectEvents(new ObjectionDecided(PENALTY_ID, OBJECTION, ObjectionStage.FIRST,
                       ObjectionOutcome.REMOVE_FROM_LIST, "经核查", null, LISTING, FIRST_DECIDED_ON, true,
                       at(FIRST_DECIDED_ON)));
    }

    @Test
    void decide_isRefused_whenARemovalNamesNoListing() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(decide(ObjectionOutcome.REMOVE_FROM_LIST, FIRST_DECIDED_ON))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("listingId", "required for REMOVE_FROM_LIST: the listing to remove")));
    }

    @Test
    void decide_isRefused_whenTheObjectionIsAlreadyDecided() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG))
               .when(decide(ObjectionOutcome.DELETE, LocalDate.of(2026, 3, 2)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_NOT_OPEN))
               .expectExceptionMessage("Objection " + OBJECTION + " is decided and cannot be decided.");
    }

    @Test
    void decide_isRefused_whenTheRecordHasNoSuchObjection() {
        fixture.given(PENALTY_RECORDED)
               .when(decide(ObjectionOutcome.UNFLAG, FIRST_DECIDED_ON))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_NOT_FOUND));
    }

    // ------------------------------------------------------------------------------------------ deleted record

    @Test
    void correctRecord_isRefused_whenTheRecordWasDeleted() {
        fixture.given(deletedRecord())
               .when(new CorrectRecord(PENALTY_ID, List.of(new RequestedChange(CorrectableField.FINE_AMOUNT, "0.8")),
                       "罚款金额录入错误", at(LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 2), null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.RECORD_DELETED));
    }

    @Test
    void revokeRecord_isRefused_whenTheRecordWasDeleted() {
        fixture.given(deletedRecord())
               .when(new RevokeRecord(PENALTY_ID, "京海复决〔2026〕3号", LocalDate.of(2026, 3, 2), "撤销",
                       at(LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 2), null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.RECORD_DELETED));
    }

    // ---------------------------------------------------------------------------------- RequestObjectionReview

    @Test
    void review_recordsTheReviewDeadline_fiveWorkingDaysLater() {
        // Friday 2026-02-27 + 5 working days: Saturday 02-28 (make-up), 03-02, 03-03, 03-04, 03-05
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG))
               .when(new RequestObjectionReview(PENALTY_ID, OBJECTION, " 复核理由 ", REVIEW_REQUESTED_ON,
                       at(REVIEW_REQUESTED_ON)))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new ObjectionReviewRequested(PENALTY_ID, OBJECTION, "复核理由", REVIEW_REQUESTED_ON,
                       deadline(LocalDate.of(2026, 2, 27), 5, LocalDate.of(2026, 3, 5)), OBJECTION_RULES,
                       at(REVIEW_REQUESTED_ON)));
    }

    @Test
    void review_recordsTheReview_ofADeletedRecord() {
        fixture.given(deletedRecord())
               .when(new RequestObjectionReview(PENALTY_ID, OBJECTION, "复核理由", REVIEW_REQUESTED_ON,
                       at(REVIEW_REQUESTED_ON)))
               .expectEvents(reviewRequested());
    }

    @Test
    void review_isRefused_beforeTheObjectionIsDecided() {
        fixture.given(PENALTY_RECORDED, objectionRaised())
               .when(new RequestObjectionReview(PENALTY_ID, OBJECTION, "复核理由", RAISED_ON, at(RAISED_ON)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_REVIEW_NOT_AVAILABLE))
               .expectExceptionMessage("No review of objection " + OBJECTION
                       + " can be requested: it has not been decided yet.");
    }

    @Test
    void review_isRefused_aSecondTime() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG), reviewRequested(),
                       objectionDecided(ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG, LocalDate.of(2026, 3, 4), true))
               .when(new RequestObjectionReview(PENALTY_ID, OBJECTION, "再次复核", LocalDate.of(2026, 3, 5),
                       at(LocalDate.of(2026, 3, 5))))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_REVIEW_NOT_AVAILABLE))
               .expectExceptionMessage("No review of objection " + OBJECTION
                       + " can be requested: its one review was already requested.");
    }

    @Test
    void review_isRefused_whenTheGroundsAreEmpty() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG))
               .when(new RequestObjectionReview(PENALTY_ID, OBJECTION, " ", REVIEW_REQUESTED_ON,
                       at(REVIEW_REQUESTED_ON)))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("grounds", "must not be empty")));
    }

    @Test
    void review_isRefused_whenTheRecordHasNoSuchObjection() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG))
               .when(new RequestObjectionReview(PENALTY_ID, SECOND_OBJECTION, "复核理由", REVIEW_REQUESTED_ON,
                       at(REVIEW_REQUESTED_ON)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_NOT_FOUND));
    }

    // ---------------------------------------------------------------------------------- DecideObjection: REVIEW

    @Test
    void decideReview_recordsTheReviewDecision_againstTheReviewDeadline() {
        LocalDate late = LocalDate.of(2026, 3, 6);

        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG), reviewRequested())
               .when(decide(ObjectionOutcome.UNFLAG, late))
               .expectEvents(objectionDecided(ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG, late, false));
    }

    @Test
    void decideReview_isRefused_onceTheReviewIsDecided() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG), reviewRequested(),
                       objectionDecided(ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG, LocalDate.of(2026, 3, 4), true))
               .when(decide(ObjectionOutcome.DELETE, LocalDate.of(2026, 3, 5)))
               .expectNoEvents()
               .expectException(refusal(RuleCode.OBJECTION_NOT_OPEN))
               .expectExceptionMessage("Objection " + OBJECTION + " is closed and cannot be decided.");
    }

    @Test
    void decideReview_resumesDisclosure_whenItReversesADeletion() {
        LocalDate today = LocalDate.of(2026, 3, 4);

        fixture.given(deletedRecord(reviewRequested()))
               .when(decide(ObjectionOutcome.UNFLAG, today))
               .expectEvents(objectionDecided(ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG, today, true),
                       resumedByReview(today));
    }

    @Test
    void decideReview_resumesDisclosure_whenItReversesAStop() {
        LocalDate today = LocalDate.of(2026, 3, 4);

        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.STOP_DISCLOSURE),
                       endedByObjection(DisclosureEndReason.STOPPED_AFTER_OBJECTION, FIRST_DECIDED_ON),
                       reviewRequested())
               .when(annotate(today))
               .expectEvents(new ObjectionDecided(PENALTY_ID, OBJECTION, ObjectionStage.REVIEW,
                               ObjectionOutcome.ANNOTATE, "经核查", "异议内容无法核实", null, today, true, at(today)),
                       resumedByReview(today));
    }

    @Test
    void decideReview_correctsTheDeletedRecordAndResumesDisclosure_whenItFindsAClericalError() {
        LocalDate today = LocalDate.of(2026, 3, 4);

        fixture.given(deletedRecord(reviewRequested()))
               .when(decide(ObjectionOutcome.CORRECT, today, new RequestedChange(CorrectableField.FINE_AMOUNT, "0.3")))
               .expectEvents(objectionDecided(ObjectionStage.REVIEW, ObjectionOutcome.CORRECT, today, true),
                       new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                               List.of(new FieldChange(CorrectableField.FINE_AMOUNT, "0.5", "0.3")),
                               "objection " + OBJECTION + ": 经核查", null, null, at(today)),
                       resumedByReview(today));
    }

    @Test
    void decideReview_undeletesTheRecord_whenItReversesADeletion() {
        LocalDate correctedOn = LocalDate.of(2026, 3, 9);

        fixture.given(deletedRecord(reviewRequested(),
                       objectionDecided(ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG, LocalDate.of(2026, 3, 4), true),
                       resumedByReview(LocalDate.of(2026, 3, 4))))
               .when(new CorrectRecord(PENALTY_ID, List.of(new RequestedChange(CorrectableField.FINE_AMOUNT, "0.8")),
                       "罚款金额录入错误", at(correctedOn), correctedOn, null))
               .expectEvents(new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                       List.of(new FieldChange(CorrectableField.FINE_AMOUNT, "0.5", "0.8")), "罚款金额录入错误", null,
                       null, at(correctedOn)));
    }

    @Test
    void decideReview_undeletesTheRecordWithoutResuming_whenTheWindowHasClosed() {
        LocalDate today = LocalDate.of(2026, 9, 28);

        fixture.given(deletedRecord(reviewRequested()))
               .when(decide(ObjectionOutcome.UNFLAG, today))
               .expectEvents(objectionDecided(ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG, today, false));
    }

    @Test
    void decideReview_doesNotResume_whenDisclosureHadEndedForAnotherReason() {
        LocalDate today = LocalDate.of(2026, 3, 4);

        // disclosure was ended by the repair before the objection deleted the record
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED), objectionRaised(),
                       firstDecision(ObjectionOutcome.DELETE), reviewRequested())
               .when(decide(ObjectionOutcome.UNFLAG, today))
               .expectEvents(objectionDecided(ObjectionStage.REVIEW, ObjectionOutcome.UNFLAG, today, true));
    }

    @Test
    void decideReview_keepsTheRecordDeleted_whenItRemovesAListingInstead() {
        LocalDate today = LocalDate.of(2026, 3, 4);

        fixture.given(deletedRecord(reviewRequested()))
               .when(new DecideObjection(PENALTY_ID, OBJECTION, ObjectionOutcome.REMOVE_FROM_LIST, "经核查", null,
                       List.of(), LISTING, today, at(today)))
               .expectEvents(new ObjectionDecided(PENALTY_ID, OBJECTION, ObjectionStage.REVIEW,
                       ObjectionOutcome.REMOVE_FROM_LIST, "经核查", null, LISTING, today, true, at(today)));
    }

    @Test
    void decideReview_deletesTheRecord_whenTheReviewFindsAFactualError() {
        LocalDate today = LocalDate.of(2026, 3, 4);

        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.UNFLAG), reviewRequested())
               .when(decide(ObjectionOutcome.DELETE, today))
               .expectEvents(objectionDecided(ObjectionStage.REVIEW, ObjectionOutcome.DELETE, today, true),
                       endedByObjection(DisclosureEndReason.DELETED_AFTER_OBJECTION, today));
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /** The penalty deleted by the first decision on {@link DisputeExamples#OBJECTION} on 2026-02-26, then more. */
    static List<Object> deletedRecord(Object... then) {
        List<Object> events = new ArrayList<>(List.of(PENALTY_RECORDED, objectionRaised(),
                firstDecision(ObjectionOutcome.DELETE),
                endedByObjection(DisclosureEndReason.DELETED_AFTER_OBJECTION, FIRST_DECIDED_ON)));
        events.addAll(List.of(then));
        return events;
    }

    static DecideObjection annotate(LocalDate today) {
        return new DecideObjection(PENALTY_ID, OBJECTION, ObjectionOutcome.ANNOTATE, "经核查", " 异议内容无法核实 ",
                List.of(), null, today, at(today));
    }

    static ObjectionForwarded forwarded(LocalDate on) {
        return new ObjectionForwarded(PENALTY_ID, OBJECTION, DECIDING_DEPARTMENT, "请核实", on, at(on));
    }

    static ObjectionDeadlineExtended extended() {
        LocalDate on = LocalDate.of(2026, 2, 25);
        return new ObjectionDeadlineExtended(PENALTY_ID, OBJECTION, "需调取原始执法记录", on, EXTENDED_DUE,
                OBJECTION_RULES, at(on));
    }

    static DisclosureEnded endedByObjection(DisclosureEndReason reason, LocalDate on) {
        return disclosureEnded(reason, on, OBJECTION.value(), at(on));
    }

    static DisclosureResumed resumedByReview(LocalDate on) {
        return new DisclosureResumed(PENALTY_ID, SUBJECT_CODE, DisclosureResumeReason.REVIEW_REVERSED, on, LATEST_END,
                OBJECTION.value(), at(on));
    }
}
