package dev.publiccredit.ledger.core.record;

import static dev.publiccredit.ledger.core.record.RuleViolations.invalidContent;
import static dev.publiccredit.ledger.core.record.RuleViolations.ruleViolation;

import dev.publiccredit.ledger.core.calendar.OfficialCalendars;
import dev.publiccredit.ledger.core.policy.DoublePublicityPolicy;
import dev.publiccredit.ledger.core.policy.PublicityPeriodPolicy;
import dev.publiccredit.ledger.core.policy.RecordPolicies;
import dev.publiccredit.ledger.core.record.command.CorrectRecord;
import dev.publiccredit.ledger.core.record.command.RecordLicence;
import dev.publiccredit.ledger.core.record.command.RecordOutcome;
import dev.publiccredit.ledger.core.record.command.RecordPenalty;
import dev.publiccredit.ledger.core.record.command.RequestedChange;
import dev.publiccredit.ledger.core.record.command.RevokeRecord;
import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DoublePublicityTimeliness;
import dev.publiccredit.ledger.core.record.event.FieldChange;
import dev.publiccredit.ledger.core.record.event.LegalRepresentative;
import dev.publiccredit.ledger.core.record.event.LicenceDetails;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyDetails;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.record.event.RecordSource;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.LicenceCategory;
import dev.publiccredit.ledger.core.shared.PenaltyType;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RuleCode;
import dev.publiccredit.ledger.core.shared.Severity;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The credit record aggregate, command by command. Expected windows and deadlines are worked out by hand from
 * credit-rules §3 and §7 with the official 2025/2026 calendar: 2025-10-01..08 are holidays, Sunday 2025-09-28 and
 * Saturday 2025-10-11 make-up working days; 2026-02-15..23 holidays, Saturdays 2026-02-14 and 2026-02-28 make-up
 * working days.
 */
class CreditRecordTest {

    static final String RULE_SET = "cn-credit-publicity-2025.1";
    static final String CALENDAR_VERSION = "cn-2025-2026-e74538490346";

    static final DepartmentCode DEPARTMENT = new DepartmentCode("SAMR-HAIDIAN");
    static final String DEPARTMENT_NAME = "北京市海淀区市场监督管理局";
    static final String AUTHORITY_CODE = "111101080000123434";
    static final String SUBJECT_CODE = "91110108MA01R7KD83";
    static final String CITIZEN_ID = "440308200001011234";

    static final RecordSource PENALTY_SOURCE = new RecordSource(DEPARTMENT, DEPARTMENT_NAME, AUTHORITY_CODE,
            "XZCF-2025-0042");
    static final RecordId PENALTY_ID = RecordId.forSource(DEPARTMENT, "XZCF-2025-0042");
    static final RecordSource LICENCE_SOURCE = new RecordSource(DEPARTMENT, DEPARTMENT_NAME, AUTHORITY_CODE,
            "XK-2026-0007");
    static final RecordId LICENCE_ID = RecordId.forSource(DEPARTMENT, "XK-2026-0007");

    static final SubjectDescription COMPANY = new SubjectDescription(SubjectKind.LEGAL_PERSON, SUBJECT_CODE,
            "北京示例科技有限公司", null, new LegalRepresentative("张三", "身份证", CITIZEN_ID));
    static final SubjectDescription CITIZEN = new SubjectDescription(SubjectKind.NATURAL_PERSON, CITIZEN_ID, "李四",
            null, null);

    static final LocalDate DECIDED = LocalDate.of(2025, 9, 26);
    static final LocalDate DEADLINE = LocalDate.of(2025, 10, 13);
    static final Instant SUBMITTED_AT = Instant.parse("2025-10-13T02:15:00Z");
    static final Instant LATE_AT = Instant.parse("2025-10-14T02:15:00Z");
    static final Instant CORRECTED_AT = Instant.parse("2025-10-20T01:30:00Z");
    static final LocalDate CORRECTED_ON = LocalDate.of(2025, 10, 20);
    static final Instant REVOKED_AT = Instant.parse("2025-10-14T06:00:00Z");
    static final LocalDate REVOKE_SUBMITTED_ON = LocalDate.of(2025, 10, 14);

    static final PenaltyDetails FINE = penalty(List.of(PenaltyType.FINE, PenaltyType.WARNING),
            new BigDecimal("0.5"), DECIDED, LocalDate.of(2026, 9, 26), AUTHORITY_CODE);

    static final LicenceDetails LICENCE = licence(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 12),
            LocalDate.of(2031, 2, 11));

    static final PublicityWindow GENERAL_WINDOW = new PublicityWindow(DECIDED, LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 9, 26), RULE_SET);
    static final DoublePublicityTimeliness ON_TIME = new DoublePublicityTimeliness(DECIDED, DEADLINE, 7, DEADLINE,
            true, CALENDAR_VERSION, true);

    /** The penalty every correction and revocation below starts from: GENERAL, submitted on its deadline. */
    static final PenaltyRecorded PENALTY_RECORDED = new PenaltyRecorded(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE,
            DisclosureClass.PUBLIC, Severity.GENERAL, GENERAL_WINDOW, ON_TIME, SUBMITTED_AT);

    /** The licence of the §7 example: decided 2026-02-12, deadline the make-up Saturday 2026-02-28. */
    static final LicenceRecorded LICENCE_RECORDED = new LicenceRecorded(LICENCE_ID, LICENCE_SOURCE, COMPANY, LICENCE,
            DisclosureClass.PUBLIC, new PublicityWindow(LocalDate.of(2026, 2, 12), null, null, RULE_SET),
            new DoublePublicityTimeliness(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 28), 7,
                    LocalDate.of(2026, 2, 28), true, CALENDAR_VERSION, true),
            Instant.parse("2026-02-28T01:00:00Z"));

    final FixtureConfiguration<CreditRecord> fixture = new AggregateTestFixture<>(CreditRecord.class)
            .registerInjectableResource(new RecordPolicies(PublicityPeriodPolicy.nationalDefaults(),
                    DoublePublicityPolicy.nationalDefaults(OfficialCalendars.calendar2025And2026())));

    // ---------------------------------------------------------------------------------------------- RecordPenalty

    @Test
    void recordPenalty_recordsGeneralWindowOnTime_whenSubmittedOnTheSeventhWorkingDay() {
        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.GENERAL, SUBMITTED_AT, DEADLINE))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PenaltyRecorded(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.GENERAL,
                       new PublicityWindow(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 12, 26),
                               LocalDate.of(2026, 9, 26), RULE_SET),
                       new DoublePublicityTimeliness(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 13), 7,
                               LocalDate.of(2025, 10, 13), true, CALENDAR_VERSION, true),
                       SUBMITTED_AT))
               .expectResultMessagePayload(new RecordOutcome(PENALTY_ID, false));
    }

    @Test
    void recordPenalty_recordsLateSubmission_whenSubmittedTheDayAfterTheDeadline() {
        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.GENERAL, LATE_AT, LocalDate.of(2025, 10, 14)))
               .expectEvents(new PenaltyRecorded(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.GENERAL, GENERAL_WINDOW,
                       new DoublePublicityTimeliness(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 14), 7,
                               LocalDate.of(2025, 10, 13), false, CALENDAR_VERSION, true),
                       LATE_AT))
               .expectResultMessagePayload(new RecordOutcome(PENALTY_ID, false));
    }

    @Test
    void recordPenalty_recordsOneToThreeYearWindow_whenSerious() {
        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.SERIOUS, SUBMITTED_AT, DEADLINE))
               .expectEvents(new PenaltyRecorded(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.SERIOUS,
                       new PublicityWindow(LocalDate.of(2025, 9, 26), LocalDate.of(2026, 9, 26),
                               LocalDate.of(2028, 9, 26), RULE_SET),
                       ON_TIME, SUBMITTED_AT));
    }

    @Test
    void recordPenalty_recordsAtMostThreeMonthWindow_whenMinor() {
        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.MINOR, SUBMITTED_AT, DEADLINE))
               .expectEvents(new PenaltyRecorded(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.MINOR,
                       new PublicityWindow(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 26),
                               LocalDate.of(2025, 12, 26), RULE_SET),
                       ON_TIME, SUBMITTED_AT));
    }

    @Test
    void recordPenalty_recordsPenaltyOnANaturalPerson_whenDisclosedOnlyByAuthorisation() {
        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, CITIZEN, FINE, DisclosureClass.AUTHORIZED,
                       Severity.GENERAL, SUBMITTED_AT, DEADLINE))
               .expectEvents(new PenaltyRecorded(PENALTY_ID, PENALTY_SOURCE, CITIZEN, FINE,
                       DisclosureClass.AUTHORIZED, Severity.GENERAL, GENERAL_WINDOW, ON_TIME, SUBMITTED_AT));
    }

    @Test
    void recordPenalty_storesNothing_whenTheRecordAlreadyExists() {
        fixture.given(PENALTY_RECORDED)
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.GENERAL, SUBMITTED_AT, DEADLINE))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(new RecordOutcome(PENALTY_ID, true));
    }

    @Test
    void recordPenalty_storesNothing_whenTheSameSourceRecordIsSubmittedAgainWithOtherContent() {
        fixture.given(PENALTY_RECORDED)
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.SHARED,
                       Severity.SERIOUS, LATE_AT, LocalDate.of(2025, 10, 14)))
               .expectNoEvents()
               .expectResultMessagePayload(new RecordOutcome(PENALTY_ID, true));
    }

    @Test
    void recordPenalty_isRefused_whenAFineHasNoAmount() {
        PenaltyDetails noAmount = penalty(List.of(PenaltyType.FINE), null, DECIDED, LocalDate.of(2026, 9, 26),
                AUTHORITY_CODE);

        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, COMPANY, noAmount, DisclosureClass.PUBLIC,
                       Severity.GENERAL, SUBMITTED_AT, DEADLINE))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("fineAmount", "required and above zero when penaltyTypes includes FINE")))
               .expectExceptionMessage("fineAmount: required and above zero when penaltyTypes includes FINE");
    }

    @Test
    void recordPenalty_isRefused_whenTheDecisionDateIsInTheFuture() {
        PenaltyDetails tomorrow = penalty(List.of(PenaltyType.FINE), new BigDecimal("0.5"),
                LocalDate.of(2025, 10, 14), LocalDate.of(2026, 10, 14), AUTHORITY_CODE);

        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, COMPANY, tomorrow, DisclosureClass.PUBLIC,
                       Severity.GENERAL, SUBMITTED_AT, DEADLINE))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("decisionDate", "must not be in the future (today is 2025-10-13)")));
    }

    @Test
    void recordPenalty_isRefused_whenANaturalPersonWouldBeDisclosedPublicly() {
        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, CITIZEN, FINE, DisclosureClass.PUBLIC,
                       Severity.GENERAL, SUBMITTED_AT, DEADLINE))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("disclosure",
                       "records about a natural person are not disclosed publicly (Shandong art. 20, Zhejiang art. "
                               + "15): use AUTHORIZED or SHARED")));
    }

    @Test
    void recordPenalty_isRefused_whenTheAuthorityCreditCodeHasAWrongCheckCharacter() {
        PenaltyDetails badAuthority = penalty(List.of(PenaltyType.FINE, PenaltyType.WARNING), new BigDecimal("0.5"),
                DECIDED, LocalDate.of(2026, 9, 26), "111101080000123435");

        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, COMPANY, badAuthority, DisclosureClass.PUBLIC,
                       Severity.GENERAL, SUBMITTED_AT, DEADLINE))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("decidingAuthorityCreditCode",
                       "check character is '5', expected '4'")));
    }

    @Test
    void recordPenalty_isRefused_whenEffectiveUntilIsBeforeTheDecisionDate() {
        PenaltyDetails endsBefore = penalty(List.of(PenaltyType.FINE, PenaltyType.WARNING), new BigDecimal("0.5"),
                DECIDED, LocalDate.of(2025, 9, 25), AUTHORITY_CODE);

        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, COMPANY, endsBefore, DisclosureClass.PUBLIC,
                       Severity.GENERAL, SUBMITTED_AT, DEADLINE))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("effectiveUntil", "must not be before the decision date")));
    }

    @Test
    void recordPenalty_isRefused_withEveryViolation_whenSeveralRulesAreBroken() {
        PenaltyDetails noAmount = penalty(List.of(PenaltyType.FINE), null, DECIDED, LocalDate.of(2026, 9, 26),
                AUTHORITY_CODE);

        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(PENALTY_ID, PENALTY_SOURCE, CITIZEN, noAmount, DisclosureClass.PUBLIC,
                       Severity.GENERAL, SUBMITTED_AT, DEADLINE))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("disclosure", "records about a natural person are not disclosed publicly "
                               + "(Shandong art. 20, Zhejiang art. 15): use AUTHORIZED or SHARED"),
                       new FieldViolation("fineAmount", "required and above zero when penaltyTypes includes FINE")));
    }

    @Test
    void recordPenalty_isRefused_whenTheRecordIdIsNotDerivedFromTheSource() {
        RecordId other = RecordId.forSource(DEPARTMENT, "XZCF-2025-0043");

        fixture.givenNoPriorActivity()
               .when(new RecordPenalty(other, PENALTY_SOURCE, COMPANY, FINE, DisclosureClass.PUBLIC,
                       Severity.GENERAL, SUBMITTED_AT, DEADLINE))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("record id " + other + " is not derived from its source");
    }

    // ---------------------------------------------------------------------------------------------- RecordLicence

    @Test
    void recordLicence_recordsWindowWithoutEnd_andTheMakeUpSaturdayDeadline() {
        fixture.givenNoPriorActivity()
               .when(new RecordLicence(LICENCE_ID, LICENCE_SOURCE, COMPANY, LICENCE, DisclosureClass.PUBLIC,
                       Instant.parse("2026-02-28T01:00:00Z"), LocalDate.of(2026, 2, 28)))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new LicenceRecorded(LICENCE_ID, LICENCE_SOURCE, COMPANY, LICENCE,
                       DisclosureClass.PUBLIC, new PublicityWindow(LocalDate.of(2026, 2, 12), null, null, RULE_SET),
                       new DoublePublicityTimeliness(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 28), 7,
                               LocalDate.of(2026, 2, 28), true, CALENDAR_VERSION, true),
                       Instant.parse("2026-02-28T01:00:00Z")))
               .expectResultMessagePayload(new RecordOutcome(LICENCE_ID, false));
    }

    @Test
    void recordLicence_recordsLateSubmission_whenSubmittedAfterTheSpringFestivalDeadline() {
        fixture.givenNoPriorActivity()
               .when(new RecordLicence(LICENCE_ID, LICENCE_SOURCE, COMPANY, LICENCE, DisclosureClass.PUBLIC,
                       Instant.parse("2026-03-02T01:00:00Z"), LocalDate.of(2026, 3, 2)))
               .expectEvents(new LicenceRecorded(LICENCE_ID, LICENCE_SOURCE, COMPANY, LICENCE,
                       DisclosureClass.PUBLIC, new PublicityWindow(LocalDate.of(2026, 2, 12), null, null, RULE_SET),
                       new DoublePublicityTimeliness(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 2), 7,
                               LocalDate.of(2026, 2, 28), false, CALENDAR_VERSION, true),
                       Instant.parse("2026-03-02T01:00:00Z")));
    }

    @Test
    void recordLicence_storesNothing_whenTheRecordAlreadyExists() {
        fixture.given(LICENCE_RECORDED)
               .when(new RecordLicence(LICENCE_ID, LICENCE_SOURCE, COMPANY, LICENCE, DisclosureClass.PUBLIC,
                       Instant.parse("2026-03-02T01:00:00Z"), LocalDate.of(2026, 3, 2)))
               .expectNoEvents()
               .expectResultMessagePayload(new RecordOutcome(LICENCE_ID, true));
    }

    @Test
    void recordLicence_isRefused_whenValidToIsBeforeValidFrom() {
        LicenceDetails backwards = licence(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 12),
                LocalDate.of(2026, 2, 11));

        fixture.givenNoPriorActivity()
               .when(new RecordLicence(LICENCE_ID, LICENCE_SOURCE, COMPANY, backwards, DisclosureClass.PUBLIC,
                       Instant.parse("2026-02-28T01:00:00Z"), LocalDate.of(2026, 2, 28)))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("validTo", "must not be before validFrom")));
    }

    @Test
    void recordLicence_isRefused_whenTheRecordIdIsNotDerivedFromTheSource() {
        fixture.givenNoPriorActivity()
               .when(new RecordLicence(PENALTY_ID, LICENCE_SOURCE, COMPANY, LICENCE, DisclosureClass.PUBLIC,
                       Instant.parse("2026-02-28T01:00:00Z"), LocalDate.of(2026, 2, 28)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("record id " + PENALTY_ID + " is not derived from its source");
    }

    // ---------------------------------------------------------------------------------------------- CorrectRecord

    @Test
    void correctRecord_recordsTheChangedFieldsWithTheirOldValues_inFieldOrder() {
        fixture.given(PENALTY_RECORDED)
               .when(correct(" 罚款金额录入错误 ",
                       new RequestedChange(CorrectableField.FINE_AMOUNT, "0.80"),
                       new RequestedChange(CorrectableField.VIOLATION_TYPE, "虚假商业宣传"),
                       new RequestedChange(CorrectableField.REMARKS, null),
                       new RequestedChange(CorrectableField.DISCLOSURE, "PUBLIC")))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                       List.of(new FieldChange(CorrectableField.REMARKS, "已缴纳罚款", null),
                               new FieldChange(CorrectableField.VIOLATION_TYPE, "虚假宣传", "虚假商业宣传"),
                               new FieldChange(CorrectableField.FINE_AMOUNT, "0.5", "0.8")),
                       "罚款金额录入错误", null, null, CORRECTED_AT));
    }

    @Test
    void correctRecord_redecidesWindowAndTimeliness_whenTheDecisionDateChanges() {
        // decided a day earlier: 2025-09-25 + 7 working days = Saturday 2025-10-11, so the original submission on
        // 2025-10-13 turns out late
        fixture.given(PENALTY_RECORDED)
               .when(correct("决定日期录入错误", new RequestedChange(CorrectableField.DECISION_DATE, "2025-09-25")))
               .expectEvents(new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                       List.of(new FieldChange(CorrectableField.DECISION_DATE, "2025-09-26", "2025-09-25")),
                       "决定日期录入错误",
                       new PublicityWindow(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 12, 25),
                               LocalDate.of(2026, 9, 25), RULE_SET),
                       new DoublePublicityTimeliness(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 10, 13), 7,
                               LocalDate.of(2025, 10, 11), false, CALENDAR_VERSION, true),
                       CORRECTED_AT));
    }

    @Test
    void correctRecord_redecidesTheWindowOnly_whenTheSeverityChanges() {
        fixture.given(PENALTY_RECORDED)
               .when(correct("严重程度认定有误", new RequestedChange(CorrectableField.SEVERITY, "serious")))
               .expectEvents(new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                       List.of(new FieldChange(CorrectableField.SEVERITY, "GENERAL", "SERIOUS")),
                       "严重程度认定有误",
                       new PublicityWindow(LocalDate.of(2025, 9, 26), LocalDate.of(2026, 9, 26),
                               LocalDate.of(2028, 9, 26), RULE_SET),
                       null, CORRECTED_AT));
    }

    @Test
    void correctRecord_redecidesTheWindowFromTheCorrectedState_whenSeverityChangesAfterTheDate() {
        RecordCorrected dateCorrected = new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                List.of(new FieldChange(CorrectableField.DECISION_DATE, "2025-09-26", "2025-09-25")), "决定日期录入错误",
                new PublicityWindow(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2026, 9, 25),
                        RULE_SET),
                new DoublePublicityTimeliness(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 10, 13), 7,
                        LocalDate.of(2025, 10, 11), false, CALENDAR_VERSION, true),
                Instant.parse("2025-10-15T01:00:00Z"));

        fixture.given(PENALTY_RECORDED, dateCorrected)
               .when(correct("严重程度认定有误", new RequestedChange(CorrectableField.SEVERITY, "MINOR")))
               .expectEvents(new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                       List.of(new FieldChange(CorrectableField.SEVERITY, "GENERAL", "MINOR")),
                       "严重程度认定有误",
                       new PublicityWindow(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 9, 25),
                               LocalDate.of(2025, 12, 25), RULE_SET),
                       null, CORRECTED_AT));
    }

    @Test
    void correctRecord_redecidesTheLicenceWindowAndTimeliness_whenTheDecisionDateChanges() {
        // 2026-02-11 + 7 working days = 2026-02-27 (02-14 is a make-up Saturday, 02-15..23 holidays)
        fixture.given(LICENCE_RECORDED)
               .when(new CorrectRecord(LICENCE_ID,
                       List.of(new RequestedChange(CorrectableField.DECISION_DATE, "2026-02-11")), "决定日期录入错误",
                       Instant.parse("2026-03-02T01:00:00Z"), LocalDate.of(2026, 3, 2), null))
               .expectEvents(new RecordCorrected(LICENCE_ID, RecordCategory.LICENCE, SUBJECT_CODE,
                       List.of(new FieldChange(CorrectableField.DECISION_DATE, "2026-02-12", "2026-02-11")),
                       "决定日期录入错误",
                       new PublicityWindow(LocalDate.of(2026, 2, 11), null, null, RULE_SET),
                       new DoublePublicityTimeliness(LocalDate.of(2026, 2, 11), LocalDate.of(2026, 2, 28), 7,
                               LocalDate.of(2026, 2, 27), false, CALENDAR_VERSION, true),
                       Instant.parse("2026-03-02T01:00:00Z")));
    }

    @Test
    void correctRecord_isRefused_whenEveryValueIsAlreadyTheRecordsValue() {
        fixture.given(PENALTY_RECORDED)
               .when(correct("复核", new RequestedChange(CorrectableField.FINE_AMOUNT, "0.50"),
                       new RequestedChange(CorrectableField.DISCLOSURE, "public")))
               .expectNoEvents()
               .expectException(ruleViolation(CorrectionChangesNothing.class, RuleCode.CORRECTION_CHANGES_NOTHING))
               .expectExceptionMessage("The correction sets every field of record " + PENALTY_ID
                       + " to the value it already has.");
    }

    @Test
    void correctRecord_isRefused_whenItRepeatsAnEarlierCorrection() {
        RecordCorrected fineCorrected = new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                List.of(new FieldChange(CorrectableField.FINE_AMOUNT, "0.5", "0.8")), "罚款金额录入错误", null, null,
                Instant.parse("2025-10-15T01:00:00Z"));

        fixture.given(PENALTY_RECORDED, fineCorrected)
               .when(correct("罚款金额录入错误", new RequestedChange(CorrectableField.FINE_AMOUNT, "0.8")))
               .expectNoEvents()
               .expectException(ruleViolation(CorrectionChangesNothing.class, RuleCode.CORRECTION_CHANGES_NOTHING));
    }

    @Test
    void correctRecord_isRefused_whenTheFieldBelongsToTheOtherCategory() {
        fixture.given(PENALTY_RECORDED)
               .when(correct("许可编号", new RequestedChange(CorrectableField.LICENCE_NUMBER, "JY11101080000002")))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("changes.licenceNumber", "a penalty has no field 'licenceNumber'")));
    }

    @Test
    void correctRecord_isRefused_whenAValueIsNotOfTheFieldsType() {
        fixture.given(PENALTY_RECORDED)
               .when(correct("决定日期录入错误", new RequestedChange(CorrectableField.DECISION_DATE, "2025/09/25"),
                       new RequestedChange(CorrectableField.FINE_AMOUNT, "0.8万")))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("changes.decisionDate", "must be a date in the form YYYY-MM-DD"),
                       new FieldViolation("changes.fineAmount", "must be a decimal number of 万元, e.g. 1.25")));
    }

    @Test
    void correctRecord_isRefused_whenTheReasonIsEmpty() {
        fixture.given(PENALTY_RECORDED)
               .when(correct("  ", new RequestedChange(CorrectableField.FINE_AMOUNT, "0.8")))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("reason", "must not be empty")));
    }

    @Test
    void correctRecord_isRefused_whenItNamesNoField() {
        fixture.given(PENALTY_RECORDED)
               .when(correct("无"))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("changes", "must name at least one field to correct")));
    }

    @Test
    void correctRecord_isRefused_whenItNamesAFieldTwice() {
        fixture.given(PENALTY_RECORDED)
               .when(correct("罚款金额录入错误", new RequestedChange(CorrectableField.FINE_AMOUNT, "0.8"),
                       new RequestedChange(CorrectableField.FINE_AMOUNT, "0.9")))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("changes.fineAmount", "named twice")));
    }

    @Test
    void correctRecord_isRefused_whenTheCorrectedContentBreaksAFieldRule() {
        // clearing the amount of a FINE, and moving the decision past the day of the correction
        fixture.given(PENALTY_RECORDED)
               .when(correct("更正", new RequestedChange(CorrectableField.FINE_AMOUNT, null),
                       new RequestedChange(CorrectableField.DECISION_DATE, "2025-10-21")))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("changes.fineAmount",
                               "required and above zero when penaltyTypes includes FINE"),
                       new FieldViolation("changes.decisionDate", "must not be in the future (today is 2025-10-20)")));
    }

    @Test
    void correctRecord_isRefused_whenTheRecordWasRevoked() {
        fixture.given(PENALTY_RECORDED, revoked())
               .when(correct("罚款金额录入错误", new RequestedChange(CorrectableField.FINE_AMOUNT, "0.8")))
               .expectNoEvents()
               .expectException(ruleViolation(RecordAlreadyRevoked.class, RuleCode.RECORD_REVOKED))
               .expectExceptionMessage("Record " + PENALTY_ID
                       + " was revoked on 2025-09-30 and accepts no further change.");
    }

    @Test
    void correctRecord_isRefused_whenTheExpectedVersionIsStale() {
        RecordCorrected fineCorrected = new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                List.of(new FieldChange(CorrectableField.FINE_AMOUNT, "0.5", "0.8")), "罚款金额录入错误", null, null,
                Instant.parse("2025-10-15T01:00:00Z"));

        // the client read version 0, but a correction has since made it version 1
        fixture.given(PENALTY_RECORDED, fineCorrected)
               .when(new CorrectRecord(PENALTY_ID, List.of(new RequestedChange(CorrectableField.FINE_AMOUNT, "0.9")),
                       "罚款金额录入错误", CORRECTED_AT, CORRECTED_ON, 0L))
               .expectNoEvents()
               .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void correctRecord_isRefused_whenTheRecordDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(correct("罚款金额录入错误", new RequestedChange(CorrectableField.FINE_AMOUNT, "0.8")))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    // ----------------------------------------------------------------------------------------------- RevokeRecord

    @Test
    void revokeRecord_recordsTheWithdrawalDeadline_threeWorkingDaysAfterTheRevocation() {
        // 2025-09-30 + 3 working days: 10-01..08 are holidays, then 10-09, 10-10 and the make-up Saturday 10-11
        fixture.given(PENALTY_RECORDED)
               .when(new RevokeRecord(PENALTY_ID, " 京海复决〔2025〕3号 ", LocalDate.of(2025, 9, 30),
                       " 行政复议决定撤销原处罚决定 ", REVOKED_AT, REVOKE_SUBMITTED_ON, null))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RecordRevoked(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE, "京海复决〔2025〕3号",
                       LocalDate.of(2025, 9, 30), "行政复议决定撤销原处罚决定", LocalDate.of(2025, 10, 11),
                       REVOKED_AT));
    }

    @Test
    void revokeRecord_recordsTheRevocationOfALicence_onItsDecisionDate() {
        // Thursday 2026-02-12 + 3 working days: 02-13, the make-up Saturday 02-14, then 02-24 after the holidays
        fixture.given(LICENCE_RECORDED)
               .when(new RevokeRecord(LICENCE_ID, "京海食撤〔2026〕1号", LocalDate.of(2026, 2, 12), "许可决定确认无效",
                       Instant.parse("2026-03-02T01:00:00Z"), LocalDate.of(2026, 3, 2), null))
               .expectEvents(new RecordRevoked(LICENCE_ID, RecordCategory.LICENCE, SUBJECT_CODE, "京海食撤〔2026〕1号",
                       LocalDate.of(2026, 2, 12), "许可决定确认无效", LocalDate.of(2026, 2, 24),
                       Instant.parse("2026-03-02T01:00:00Z")));
    }

    @Test
    void revokeRecord_isRefused_whenRevokedBeforeTheDecisionDate() {
        fixture.given(PENALTY_RECORDED)
               .when(new RevokeRecord(PENALTY_ID, "京海复决〔2025〕3号", LocalDate.of(2025, 9, 25),
                       "行政复议决定撤销原处罚决定", REVOKED_AT, REVOKE_SUBMITTED_ON, null))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("revokedOn", "must not be before the decision date 2025-09-26")));
    }

    @Test
    void revokeRecord_isRefused_whenTheRevocationIsDatedInTheFuture() {
        fixture.given(PENALTY_RECORDED)
               .when(new RevokeRecord(PENALTY_ID, "京海复决〔2025〕3号", LocalDate.of(2025, 10, 15),
                       "行政复议决定撤销原处罚决定", REVOKED_AT, REVOKE_SUBMITTED_ON, null))
               .expectNoEvents()
               .expectException(invalidContent(
                       new FieldViolation("revokedOn", "must not be in the future (today is 2025-10-14)")));
    }

    @Test
    void revokeRecord_isRefused_whenTheDocumentNumberAndTheReasonAreEmpty() {
        fixture.given(PENALTY_RECORDED)
               .when(new RevokeRecord(PENALTY_ID, " ", LocalDate.of(2025, 9, 30), "", REVOKED_AT,
                       REVOKE_SUBMITTED_ON, null))
               .expectNoEvents()
               .expectException(invalidContent(new FieldViolation("revokingDocumentNumber", "must not be empty"),
                       new FieldViolation("reason", "must not be empty")));
    }

    @Test
    void revokeRecord_isRefused_whenTheRecordWasAlreadyRevoked() {
        fixture.given(PENALTY_RECORDED, revoked())
               .when(new RevokeRecord(PENALTY_ID, "京海复决〔2025〕4号", LocalDate.of(2025, 10, 9), "再次撤销",
                       REVOKED_AT, REVOKE_SUBMITTED_ON, null))
               .expectNoEvents()
               .expectException(ruleViolation(RecordAlreadyRevoked.class, RuleCode.RECORD_REVOKED))
               .expectExceptionMessage("Record " + PENALTY_ID
                       + " was revoked on 2025-09-30 and accepts no further change.");
    }

    @Test
    void revokeRecord_isRefused_whenTheRecordDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(new RevokeRecord(PENALTY_ID, "京海复决〔2025〕3号", LocalDate.of(2025, 9, 30),
                       "行政复议决定撤销原处罚决定", REVOKED_AT, REVOKE_SUBMITTED_ON, null))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    // -------------------------------------------------------------------------------------------------- helpers

    static PenaltyDetails penalty(List<PenaltyType> types, @Nullable BigDecimal fineAmount, LocalDate decided,
                                  LocalDate effectiveUntil, String authorityCode) {
        return new PenaltyDetails("京海市监罚〔2025〕42号", "虚假宣传", "在官方网站发布虚假的产品检测报告",
                "《中华人民共和国反不正当竞争法》第二十条", types, "警告，罚款0.5万元", fineAmount, null, null, decided,
                effectiveUntil, DEPARTMENT_NAME, authorityCode, "已缴纳罚款");
    }

    static LicenceDetails licence(LocalDate decided, LocalDate validFrom, LocalDate validTo) {
        return new LicenceDetails("食品经营许可决定书", "京海食许〔2026〕7号", LicenceCategory.ORDINARY, "食品经营许可证",
                "JY11101080000002", "预包装食品销售", decided, validFrom, validTo, DEPARTMENT_NAME, AUTHORITY_CODE, null);
    }

    static CorrectRecord correct(String reason, RequestedChange... changes) {
        return new CorrectRecord(PENALTY_ID, List.of(changes), reason, CORRECTED_AT, CORRECTED_ON, null);
    }

    static RecordRevoked revoked() {
        return new RecordRevoked(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE, "京海复决〔2025〕3号",
                LocalDate.of(2025, 9, 30), "行政复议决定撤销原处罚决定", LocalDate.of(2025, 10, 11), REVOKED_AT);
    }
}
