package dev.publiccredit.ledger.core.listing;

import dev.publiccredit.ledger.core.calendar.OfficialCalendars;
import dev.publiccredit.ledger.core.listing.command.DecideListing;
import dev.publiccredit.ledger.core.listing.command.ExpireListing;
import dev.publiccredit.ledger.core.listing.command.IssueListingNotice;
import dev.publiccredit.ledger.core.listing.command.ListSubject;
import dev.publiccredit.ledger.core.listing.command.ListingOutcome;
import dev.publiccredit.ledger.core.listing.command.RemoveListing;
import dev.publiccredit.ledger.core.listing.event.AppliedMeasure;
import dev.publiccredit.ledger.core.listing.event.ListingExpired;
import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.ListingNoticeIssued;
import dev.publiccredit.ledger.core.listing.event.ListingParticulars;
import dev.publiccredit.ledger.core.listing.event.ListingRemovalReason;
import dev.publiccredit.ledger.core.listing.event.ListingRemoved;
import dev.publiccredit.ledger.core.listing.event.MeasureType;
import dev.publiccredit.ledger.core.listing.event.SubjectListed;
import dev.publiccredit.ledger.core.policy.ListingPolicies;
import dev.publiccredit.ledger.core.policy.ListingPolicy;
import dev.publiccredit.ledger.core.policy.MeasureCatalogue;
import dev.publiccredit.ledger.core.policy.MeasureDefinition;
import dev.publiccredit.ledger.core.record.event.LegalRepresentative;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.LedgerRuleRefusal;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RuleCode;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * The listing aggregate, command by command. Dates are worked out by hand with the official 2026 calendar:
 * 2026-10-01..07 are holidays and Saturday 2026-10-10 a make-up working day, so a notice served on Wednesday
 * 2026-09-30 gives the subject the working days 10-08, 10-09, 10-10, 10-12 and 10-13: the decision may come from
 * 2026-10-14.
 */
class ListingTest {

    static final String RULE_SET = ListingPolicy.DEFAULT_RULE_SET;
    static final String CALENDAR_VERSION = "cn-2025-2026-e74538490346";
    static final String CATALOGUE = "cn-joint-measures-2026.1";

    static final DepartmentCode DEPARTMENT = new DepartmentCode("SAMR-HAIDIAN");
    static final String SOURCE_ID = "YZSX-2026-0007";
    static final ListingId LISTING_ID = ListingId.forSource(DEPARTMENT, SOURCE_ID);
    static final RecordId BASIS = RecordId.forSource(DEPARTMENT, "XZCF-2025-0042");
    static final SubjectDescription COMPANY = new SubjectDescription(SubjectKind.LEGAL_PERSON, "91110108MA01R7KD83",
            "北京示例科技有限公司", null, new LegalRepresentative("张三", "身份证", "440308200001011234"));
    static final SubjectDescription CITIZEN = new SubjectDescription(SubjectKind.NATURAL_PERSON,
            "440308200001011234", "李四", null, null);

    static final String GROUNDS = "虚假宣传，经责令改正拒不改正，情节严重";
    static final String LEGAL_BASIS = "《市场监督管理严重违法失信名单管理办法》第二条";
    static final String CONDITIONS = "履行行政处罚决定，公开作出信用承诺，列入满一年";

    static final LocalDate NOTICED = LocalDate.of(2026, 9, 30);
    static final LocalDate LAST_ANSWER_DAY = LocalDate.of(2026, 10, 13);
    static final LocalDate EARLIEST_DECISION = LocalDate.of(2026, 10, 14);
    static final Instant NOTICED_AT = Instant.parse("2026-09-30T02:00:00Z");
    static final Instant DECIDED_AT = Instant.parse("2026-10-14T03:00:00Z");
    static final Instant REMOVED_AT = Instant.parse("2027-10-14T03:00:00Z");

    static final MeasureCatalogue MEASURES = new MeasureCatalogue(CATALOGUE, List.of(
            new MeasureDefinition("GOVERNMENT_PROCUREMENT_BAN", ListingKind.SERIOUS_DISHONESTY,
                    MeasureType.RESTRICTION, "禁止参加政府采购活动", "《中华人民共和国政府采购法》第七十七条",
                    Period.ofYears(3)),
            new MeasureDefinition("NO_COMMITMENT_LICENSING", ListingKind.SERIOUS_DISHONESTY,
                    MeasureType.RESTRICTION, "不适用告知承诺制审批", "《河南省社会信用条例》第三十二条", null),
            new MeasureDefinition("PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION", ListingKind.BUSINESS_ANOMALY,
                    MeasureType.RESTRICTION, "在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中予以限制",
                    "《企业信息公示暂行条例》第十八条", null),
            new MeasureDefinition("GREEN_CHANNEL", ListingKind.REDLIST, MeasureType.INCENTIVE, "绿色通道，优先办理",
                    "国发〔2016〕33号", null),
            new MeasureDefinition("ACCEPTANCE_WITH_MISSING_DOCUMENTS", ListingKind.REDLIST, MeasureType.INCENTIVE,
                    "容缺受理", "国发〔2016〕33号", null)));

    static final WorkingDayDeadline WAITING = new WorkingDayDeadline(NOTICED, 5, LAST_ANSWER_DAY, CALENDAR_VERSION,
            true);
    static final ListingNoticeIssued NOTICE_ISSUED = new ListingNoticeIssued(LISTING_ID,
            ListingKind.SERIOUS_DISHONESTY, particulars(COMPANY, BASIS, GROUNDS, LEGAL_BASIS),
            "京海市监告〔2026〕7号", NOTICED, CONDITIONS, WAITING, EARLIEST_DECISION, RULE_SET, NOTICED_AT);

    /** Listed on the first possible day for the maximum of 3 years. */
    static final SubjectListed SERIOUSLY_LISTED = seriousListing(EARLIEST_DECISION, 36,
            EARLIEST_DECISION.plusYears(3), CONDITIONS, List.of(
                    procurementBan(EARLIEST_DECISION, EARLIEST_DECISION.plusYears(3)),
                    noCommitmentLicensing(EARLIEST_DECISION, EARLIEST_DECISION.plusYears(3))));

    static final LocalDate ANOMALY_LISTED_ON = LocalDate.of(2026, 3, 2);
    static final SubjectListed ANOMALY_LISTED = new SubjectListed(LISTING_ID, ListingKind.BUSINESS_ANOMALY,
            particulars(COMPANY, null, "未按规定报送年度报告", "《企业信息公示暂行条例》第十七条"),
            "京海市监异〔2026〕3号", ANOMALY_LISTED_ON, null, null, null, "补报年度报告并公示",
            List.of(new AppliedMeasure("PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION", MeasureType.RESTRICTION,
                    "在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中予以限制", "《企业信息公示暂行条例》第十八条",
                    ANOMALY_LISTED_ON, null)),
            CATALOGUE, RULE_SET, Instant.parse("2026-03-02T02:00:00Z"));

    final FixtureConfiguration<Listing> fixture = fixtureWith(ListingPolicy.defaults(
            OfficialCalendars.calendar2025And2026()));

    static FixtureConfiguration<Listing> fixtureWith(ListingPolicy policy) {
        return new AggregateTestFixture<>(Listing.class)
                .registerInjectableResource(new ListingPolicies(policy, MEASURES));
    }

    // ----------------------------------------------------------------------------------------- IssueListingNotice

    @Test
    void issueNotice_decidesTheWaitingPeriodInWorkingDays_acrossNationalDay() {
        fixture.givenNoPriorActivity()
               .when(notice(" " + GROUNDS + " ", NOTICED, NOTICED))
               .expectSuccessfulHandlerExecution()
               .expectEvents(NOTICE_ISSUED)
               .expectResultMessagePayload(new ListingOutcome(LISTING_ID, false));
    }

    @Test
    void issueNotice_storesNothing_whenTheListingAlreadyExists() {
        fixture.given(NOTICE_ISSUED)
               .when(notice("其他理由", NOTICED, NOTICED))
               .expectNoEvents()
               .expectResultMessagePayload(new ListingOutcome(LISTING_ID, true));
    }

    @Test
    void issueNotice_isRefused_withEveryViolation_whenFieldsAreWrong() {
        fixture.givenNoPriorActivity()
               .when(new IssueListingNotice(LISTING_ID, particulars(COMPANY, BASIS, " ", LEGAL_BASIS),
                       "", NOTICED.plusDays(1), "", NOTICED_AT, NOTICED))
               .expectNoEvents()
               .expectException(invalid(new FieldViolation("grounds", "must not be empty"),
                       new FieldViolation("documentNumber", "must not be empty"),
                       new FieldViolation("decidedOn", "must not be in the future (today is 2026-09-30)"),
                       new FieldViolation("removalConditions", "must not be empty")));
    }

    @Test
    void issueNotice_isRefused_whenTheIdIsNotDerivedFromTheSource() {
        ListingId other = ListingId.forSource(DEPARTMENT, "YZSX-2026-0008");

        fixture.givenNoPriorActivity()
               .when(new IssueListingNotice(other, particulars(COMPANY, BASIS, GROUNDS, LEGAL_BASIS),
                       "京海市监告〔2026〕7号", NOTICED, CONDITIONS, NOTICED_AT, NOTICED))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------------------------------------- ListSubject

    @Test
    void listSubject_listsARedlistEntryForTheMaximum_withItsIncentives() {
        LocalDate listed = LocalDate.of(2026, 3, 2);
        LocalDate ends = LocalDate.of(2029, 3, 2);

        fixture.givenNoPriorActivity()
               .when(list(ListingKind.REDLIST, COMPANY, listed, null))
               .expectEvents(new SubjectListed(LISTING_ID, ListingKind.REDLIST,
                       particulars(COMPANY, null, GROUNDS, LEGAL_BASIS), "京海信用〔2026〕1号", listed, 36, ends, null,
                       CONDITIONS,
                       List.of(new AppliedMeasure("GREEN_CHANNEL", MeasureType.INCENTIVE, "绿色通道，优先办理",
                                       "国发〔2016〕33号", listed, ends),
                               new AppliedMeasure("ACCEPTANCE_WITH_MISSING_DOCUMENTS", MeasureType.INCENTIVE,
                                       "容缺受理", "国发〔2016〕33号", listed, ends)),
                       CATALOGUE, RULE_SET, Instant.parse("2026-03-02T02:00:00Z")))
               .expectResultMessagePayload(new ListingOutcome(LISTING_ID, false));
    }

    @Test
    void listSubject_endsTheListingAndItsMeasuresAfterTheRequestedMonths() {
        LocalDate listed = LocalDate.of(2026, 1, 31);
        // calendar months: 2026-01-31 + 1 month = 2026-02-28
        LocalDate ends = LocalDate.of(2026, 2, 28);

        fixture.givenNoPriorActivity()
               .when(list(ListingKind.REDLIST, COMPANY, listed, 1))
               .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                       org.axonframework.test.matchers.Matchers.messageWithPayload(
                               listedMatching(1, ends, List.of(ends, ends))),
                       org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void listSubject_listsABusinessAnomalyWithoutEnd() {
        fixture.givenNoPriorActivity()
               .when(new ListSubject(LISTING_ID, ListingKind.BUSINESS_ANOMALY,
                       particulars(COMPANY, null, "未按规定报送年度报告", "《企业信息公示暂行条例》第十七条"),
                       "京海市监异〔2026〕3号", ANOMALY_LISTED_ON,
                       null, "补报年度报告并公示", Instant.parse("2026-03-02T02:00:00Z"), ANOMALY_LISTED_ON))
               .expectEvents(ANOMALY_LISTED);
    }

    @Test
    void listSubject_isRefused_whenABusinessAnomalyAsksForAPeriod() {
        fixture.givenNoPriorActivity()
               .when(list(ListingKind.BUSINESS_ANOMALY, COMPANY, ANOMALY_LISTED_ON, 12))
               .expectNoEvents()
               .expectException(invalid(new FieldViolation("periodMonths", "must be left out: a BUSINESS_ANOMALY "
                       + "listing has no end and lasts until it is removed")));
    }

    @Test
    void listSubject_isRefused_whenThePeriodExceedsTheMaximum() {
        fixture.givenNoPriorActivity()
               .when(list(ListingKind.REDLIST, COMPANY, ANOMALY_LISTED_ON, 37))
               .expectNoEvents()
               .expectException(invalid(new FieldViolation("periodMonths",
                       "must be from 1 to 36 (the maximum for REDLIST is P3Y)")));
    }

    @Test
    void listSubject_isRefused_whenThePeriodIsZero() {
        fixture.givenNoPriorActivity()
               .when(list(ListingKind.REDLIST, COMPANY, ANOMALY_LISTED_ON, 0))
               .expectNoEvents()
               .expectException(invalid(new FieldViolation("periodMonths",
                       "must be from 1 to 36 (the maximum for REDLIST is P3Y)")));
    }

    @Test
    void listSubject_isRefused_whenANaturalPersonWouldGoOnTheBusinessAnomalyList() {
        fixture.givenNoPriorActivity()
               .when(list(ListingKind.BUSINESS_ANOMALY, CITIZEN, ANOMALY_LISTED_ON, null))
               .expectNoEvents()
               .expectException(invalid(new FieldViolation("subject.kind", "the business anomaly list (经营异常名录) "
                       + "is for enterprises and individual businesses, not natural persons")));
    }

    @Test
    void listSubject_isRefusedWithNoticeRequired_forSeriousDishonesty() {
        fixture.givenNoPriorActivity()
               .when(list(ListingKind.SERIOUS_DISHONESTY, COMPANY, ANOMALY_LISTED_ON, null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.LISTING_NOTICE_REQUIRED, Map.of()));
    }

    @Test
    void listSubject_storesNothing_whenTheListingAlreadyExists() {
        fixture.given(ANOMALY_LISTED)
               .when(list(ListingKind.REDLIST, COMPANY, ANOMALY_LISTED_ON, null))
               .expectNoEvents()
               .expectResultMessagePayload(new ListingOutcome(LISTING_ID, true));
    }

    // --------------------------------------------------------------------------------------------- DecideListing

    @Test
    void decide_isRefusedWithTheEarliestDecisionDay_onTheLastDayToAnswer() {
        fixture.given(NOTICE_ISSUED)
               .when(decide(LAST_ANSWER_DAY, null, null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.LISTING_NOTICE_PERIOD_RUNNING,
                       Map.of("earliestDecisionOn", "2026-10-14")));
    }

    @Test
    void decide_listsForTheMaximum_onTheEarliestDecisionDay_keepingTheNoticesConditions() {
        fixture.given(NOTICE_ISSUED)
               .when(decide(EARLIEST_DECISION, null, null))
               .expectSuccessfulHandlerExecution()
               .expectEvents(SERIOUSLY_LISTED);
    }

    @Test
    void decide_listsForTheRequestedMonths_withNewConditions() {
        LocalDate listed = LocalDate.of(2026, 10, 20);
        LocalDate ends = LocalDate.of(2028, 10, 20);

        fixture.given(NOTICE_ISSUED)
               .when(new DecideListing(LISTING_ID, "京海市监列〔2026〕7号", listed, 24, " 缴清罚款 ",
                       DECIDED_AT, listed))
               .expectEvents(seriousListing(listed, 24, ends, "缴清罚款",
                       List.of(procurementBan(listed, ends), noCommitmentLicensing(listed, ends))));
    }

    @Test
    void decide_limitsAMeasureToItsOwnMaximum_whenTheListingIsLonger() {
        ListingPolicy fiveYears = new ListingPolicy(OfficialCalendars.calendar2025And2026(), 5,
                Map.of(ListingKind.SERIOUS_DISHONESTY, Period.ofYears(5)), Period.ofYears(1), "test-5y");
        LocalDate ends = EARLIEST_DECISION.plusYears(5);

        fixtureWith(fiveYears).given(NOTICE_ISSUED)
               .when(decide(EARLIEST_DECISION, null, null))
               .expectEvents(new SubjectListed(LISTING_ID, ListingKind.SERIOUS_DISHONESTY,
                       particulars(COMPANY, BASIS, GROUNDS, LEGAL_BASIS), "京海市监列〔2026〕7号", EARLIEST_DECISION,
                       60, ends,
                       EARLIEST_DECISION.plusYears(1), CONDITIONS,
                       List.of(procurementBan(EARLIEST_DECISION, EARLIEST_DECISION.plusYears(3)),
                               noCommitmentLicensing(EARLIEST_DECISION, ends)),
                       CATALOGUE, "test-5y", DECIDED_AT));
    }

    @Test
    void decide_isRefused_whenTheDecisionDateIsInTheFuture() {
        fixture.given(NOTICE_ISSUED)
               .when(new DecideListing(LISTING_ID, "京海市监列〔2026〕7号", EARLIEST_DECISION.plusDays(1), null, null,
                       DECIDED_AT, EARLIEST_DECISION))
               .expectNoEvents()
               .expectException(invalid(
                       new FieldViolation("decidedOn", "must not be in the future (today is 2026-10-14)")));
    }

    @Test
    void decide_isRefused_whenAlreadyListed() {
        fixture.given(NOTICE_ISSUED, SERIOUSLY_LISTED)
               .when(decide(EARLIEST_DECISION, null, null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.LISTING_STATE, Map.of("status", "LISTED")));
    }

    @Test
    void decide_isRefused_whenTheNoticeWasWithdrawn() {
        fixture.given(NOTICE_ISSUED, removed(ListingRemovalReason.NOTICE_WITHDRAWN, LocalDate.of(2026, 10, 9)))
               .when(decide(EARLIEST_DECISION, null, null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.LISTING_STATE, Map.of("status", "REMOVED")));
    }

    @Test
    void decide_isRefused_whenTheListingDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(decide(EARLIEST_DECISION, null, null))
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }

    // --------------------------------------------------------------------------------------------- RemoveListing

    @Test
    void remove_isRefusedWithTheEarliestDay_whenEarlyRemovalComesBeforeOneYear() {
        LocalDate dayBefore = LocalDate.of(2027, 10, 13);

        fixture.given(NOTICE_ISSUED, SERIOUSLY_LISTED)
               .when(remove(ListingRemovalReason.EARLY_REMOVAL, dayBefore, null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.LISTING_EARLY_REMOVAL_TOO_SOON,
                       Map.of("earliestRemovalOn", "2027-10-14")));
    }

    @Test
    void remove_removesEarly_onTheFirstDayAfterOneYear() {
        LocalDate oneYear = LocalDate.of(2027, 10, 14);

        fixture.given(NOTICE_ISSUED, SERIOUSLY_LISTED)
               .when(remove(ListingRemovalReason.EARLY_REMOVAL, oneYear, null))
               .expectEvents(removed(ListingRemovalReason.EARLY_REMOVAL, oneYear));
    }

    @Test
    void remove_removesARedlistEntryEarly_atAnyTime() {
        SubjectListed redlisted = redlisted(LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2));
        LocalDate nextDay = LocalDate.of(2026, 3, 3);

        fixture.given(redlisted)
               .when(remove(ListingRemovalReason.EARLY_REMOVAL, nextDay, null))
               .expectEvents(new ListingRemoved(LISTING_ID, ListingKind.REDLIST, COMPANY.code(),
                       ListingRemovalReason.EARLY_REMOVAL, "信用承诺未履行", nextDay, null, REMOVED_AT));
    }

    @Test
    void remove_removesABusinessAnomaly_whenItsConditionsAreMet() {
        LocalDate corrected = LocalDate.of(2026, 4, 1);

        fixture.given(ANOMALY_LISTED)
               .when(remove(ListingRemovalReason.CONDITIONS_MET, corrected, null))
               .expectEvents(new ListingRemoved(LISTING_ID, ListingKind.BUSINESS_ANOMALY, COMPANY.code(),
                       ListingRemovalReason.CONDITIONS_MET, "信用承诺未履行", corrected, null, REMOVED_AT));
    }

    @Test
    void remove_withdrawsANotice() {
        LocalDate withdrawn = LocalDate.of(2026, 10, 9);

        fixture.given(NOTICE_ISSUED)
               .when(remove(ListingRemovalReason.NOTICE_WITHDRAWN, withdrawn, null))
               .expectEvents(removed(ListingRemovalReason.NOTICE_WITHDRAWN, withdrawn));
    }

    @Test
    void remove_recordsTheUpheldObjection() {
        ObjectionId objection = ObjectionId.parse("6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e");
        LocalDate decided = LocalDate.of(2026, 11, 2);

        fixture.given(NOTICE_ISSUED, SERIOUSLY_LISTED)
               .when(remove(ListingRemovalReason.OBJECTION_UPHELD, decided, objection))
               .expectEvents(new ListingRemoved(LISTING_ID, ListingKind.SERIOUS_DISHONESTY, COMPANY.code(),
                       ListingRemovalReason.OBJECTION_UPHELD, "信用承诺未履行", decided, objection, REMOVED_AT));
    }

    @Test
    void remove_isRefused_whenAnObjectionIsNamedForAnotherReason() {
        fixture.given(ANOMALY_LISTED)
               .when(remove(ListingRemovalReason.CONDITIONS_MET, LocalDate.of(2026, 4, 1),
                       ObjectionId.parse("6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e")))
               .expectNoEvents()
               .expectException(invalid(new FieldViolation("objectionId", "only with reason OBJECTION_UPHELD")));
    }

    @Test
    void remove_isRefused_whenANoticeIsWithdrawnFromAListing() {
        fixture.given(NOTICE_ISSUED, SERIOUSLY_LISTED)
               .when(remove(ListingRemovalReason.NOTICE_WITHDRAWN, LocalDate.of(2026, 11, 2), null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.LISTING_STATE, Map.of("status", "LISTED")));
    }

    @Test
    void remove_isRefused_whenConditionsAreMetAtTheNoticeStep() {
        fixture.given(NOTICE_ISSUED)
               .when(remove(ListingRemovalReason.CONDITIONS_MET, LocalDate.of(2026, 10, 9), null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.LISTING_STATE, Map.of("status", "NOTICE")));
    }

    @Test
    void remove_isRefused_whenAlreadyRemoved() {
        fixture.given(ANOMALY_LISTED, new ListingRemoved(LISTING_ID, ListingKind.BUSINESS_ANOMALY, COMPANY.code(),
                        ListingRemovalReason.CONDITIONS_MET, "已补报", LocalDate.of(2026, 4, 1), null, REMOVED_AT))
               .when(remove(ListingRemovalReason.CONDITIONS_MET, LocalDate.of(2026, 4, 2), null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.LISTING_STATE, Map.of("status", "REMOVED")));
    }

    @Test
    void remove_isRefused_whenExpired() {
        LocalDate ends = LocalDate.of(2027, 3, 2);
        fixture.given(redlisted(LocalDate.of(2026, 3, 2), ends),
                        new ListingExpired(LISTING_ID, ListingKind.REDLIST, COMPANY.code(), ends, REMOVED_AT))
               .when(remove(ListingRemovalReason.EARLY_REMOVAL, LocalDate.of(2027, 3, 3), null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.LISTING_STATE, Map.of("status", "EXPIRED")));
    }

    @Test
    void remove_isRefused_onTheEndDate_evenBeforeTheSweepExpiredIt() {
        LocalDate ends = LocalDate.of(2027, 3, 2);
        fixture.given(redlisted(LocalDate.of(2026, 3, 2), ends))
               .when(remove(ListingRemovalReason.EARLY_REMOVAL, ends, null))
               .expectNoEvents()
               .expectException(refusal(RuleCode.LISTING_STATE, Map.of("status", "LISTED")));
    }

    @Test
    void remove_isRefused_whenTheDateIsInTheFutureOrBeforeTheListing() {
        fixture.given(ANOMALY_LISTED)
               .when(new RemoveListing(LISTING_ID, ListingRemovalReason.CONDITIONS_MET, "", LocalDate.of(2026, 3, 1),
                       null, REMOVED_AT, LocalDate.of(2026, 4, 1)))
               .expectNoEvents()
               .expectException(invalid(new FieldViolation("explanation", "must not be empty"),
                       new FieldViolation("removedOn", "must not be before the listing on 2026-03-02")));
        fixture.given(ANOMALY_LISTED)
               .when(new RemoveListing(LISTING_ID, ListingRemovalReason.CONDITIONS_MET, "已补报",
                       LocalDate.of(2026, 4, 2), null, REMOVED_AT, LocalDate.of(2026, 4, 1)))
               .expectNoEvents()
               .expectException(invalid(
                       new FieldViolation("removedOn", "must not be in the future (today is 2026-04-01)")));
    }

    // --------------------------------------------------------------------------------------------- ExpireListing

    @Test
    void expire_doesNothing_theDayBeforeTheEnd() {
        fixture.given(NOTICE_ISSUED, SERIOUSLY_LISTED)
               .when(new ExpireListing(LISTING_ID, LocalDate.of(2029, 10, 13), REMOVED_AT))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_expiresOnTheEndDate() {
        fixture.given(NOTICE_ISSUED, SERIOUSLY_LISTED)
               .when(new ExpireListing(LISTING_ID, LocalDate.of(2029, 10, 14), REMOVED_AT))
               .expectEvents(new ListingExpired(LISTING_ID, ListingKind.SERIOUS_DISHONESTY, COMPANY.code(),
                       LocalDate.of(2029, 10, 14), REMOVED_AT))
               .expectResultMessagePayload(true);
    }

    @Test
    void expire_recordsTheEndDate_whenTheSweepComesLate() {
        fixture.given(NOTICE_ISSUED, SERIOUSLY_LISTED)
               .when(new ExpireListing(LISTING_ID, LocalDate.of(2029, 12, 1), REMOVED_AT))
               .expectEvents(new ListingExpired(LISTING_ID, ListingKind.SERIOUS_DISHONESTY, COMPANY.code(),
                       LocalDate.of(2029, 10, 14), REMOVED_AT));
    }

    @Test
    void expire_doesNothing_whenAlreadyExpired() {
        fixture.given(NOTICE_ISSUED, SERIOUSLY_LISTED, new ListingExpired(LISTING_ID,
                        ListingKind.SERIOUS_DISHONESTY, COMPANY.code(), LocalDate.of(2029, 10, 14), REMOVED_AT))
               .when(new ExpireListing(LISTING_ID, LocalDate.of(2029, 10, 15), REMOVED_AT))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_doesNothing_forAListingWithoutEnd_removedListingsOrNotices() {
        LocalDate far = LocalDate.of(2040, 1, 1);
        fixture.given(ANOMALY_LISTED)
               .when(new ExpireListing(LISTING_ID, far, REMOVED_AT))
               .expectNoEvents().expectResultMessagePayload(false);
        fixture.given(NOTICE_ISSUED)
               .when(new ExpireListing(LISTING_ID, far, REMOVED_AT))
               .expectNoEvents().expectResultMessagePayload(false);
        fixture.given(NOTICE_ISSUED, SERIOUSLY_LISTED,
                        removed(ListingRemovalReason.OBJECTION_UPHELD, LocalDate.of(2026, 11, 2)))
               .when(new ExpireListing(LISTING_ID, far, REMOVED_AT))
               .expectNoEvents().expectResultMessagePayload(false);
    }

    // -------------------------------------------------------------------------------------------------- helpers

    static ListingParticulars particulars(SubjectDescription subject, @Nullable RecordId basis, String grounds,
                                          String legalBasis) {
        return new ListingParticulars(DEPARTMENT, SOURCE_ID, subject, basis, grounds, legalBasis);
    }

    static IssueListingNotice notice(String grounds, LocalDate noticedOn, LocalDate today) {
        return new IssueListingNotice(LISTING_ID, particulars(COMPANY, BASIS, grounds, LEGAL_BASIS),
                "京海市监告〔2026〕7号", noticedOn, CONDITIONS, NOTICED_AT, today);
    }

    static ListSubject list(ListingKind kind, SubjectDescription subject, LocalDate listedOn,
                            @Nullable Integer months) {
        return new ListSubject(LISTING_ID, kind, particulars(subject, null, GROUNDS, LEGAL_BASIS),
                "京海信用〔2026〕1号", listedOn, months, CONDITIONS, Instant.parse("2026-03-02T02:00:00Z"), listedOn);
    }

    static DecideListing decide(LocalDate listedOn, @Nullable Integer months, @Nullable String conditions) {
        return new DecideListing(LISTING_ID, "京海市监列〔2026〕7号", listedOn, months, conditions, DECIDED_AT,
                listedOn);
    }

    static RemoveListing remove(ListingRemovalReason reason, LocalDate removedOn, @Nullable ObjectionId objection) {
        return new RemoveListing(LISTING_ID, reason, " 信用承诺未履行 ", removedOn, objection, REMOVED_AT, removedOn);
    }

    static ListingRemoved removed(ListingRemovalReason reason, LocalDate removedOn) {
        return new ListingRemoved(LISTING_ID, ListingKind.SERIOUS_DISHONESTY, COMPANY.code(), reason, "信用承诺未履行",
                removedOn, null, REMOVED_AT);
    }

    static SubjectListed seriousListing(LocalDate listedOn, int months, LocalDate endsOn, String conditions,
                                        List<AppliedMeasure> measures) {
        return new SubjectListed(LISTING_ID, ListingKind.SERIOUS_DISHONESTY,
                particulars(COMPANY, BASIS, GROUNDS, LEGAL_BASIS), "京海市监列〔2026〕7号", listedOn, months, endsOn,
                listedOn.plusYears(1),
                conditions, measures, CATALOGUE, RULE_SET, DECIDED_AT);
    }

    static SubjectListed redlisted(LocalDate listedOn, LocalDate endsOn) {
        return new SubjectListed(LISTING_ID, ListingKind.REDLIST, particulars(COMPANY, null, GROUNDS, LEGAL_BASIS),
                "京海信用〔2026〕1号", listedOn, 12, endsOn, null, CONDITIONS,
                List.of(new AppliedMeasure("GREEN_CHANNEL", MeasureType.INCENTIVE, "绿色通道，优先办理",
                        "国发〔2016〕33号", listedOn, endsOn)), CATALOGUE, RULE_SET, Instant.parse("2026-03-02T02:00:00Z"));
    }

    static AppliedMeasure procurementBan(LocalDate startsOn, LocalDate endsOn) {
        return new AppliedMeasure("GOVERNMENT_PROCUREMENT_BAN", MeasureType.RESTRICTION, "禁止参加政府采购活动",
                "《中华人民共和国政府采购法》第七十七条", startsOn, endsOn);
    }

    static AppliedMeasure noCommitmentLicensing(LocalDate startsOn, LocalDate endsOn) {
        return new AppliedMeasure("NO_COMMITMENT_LICENSING", MeasureType.RESTRICTION, "不适用告知承诺制审批",
                "《河南省社会信用条例》第三十二条", startsOn, endsOn);
    }

    /** A SubjectListed with this period, end and these measure ends. */
    static Matcher<SubjectListed> listedMatching(int months, LocalDate endsOn, List<LocalDate> measureEnds) {
        return new TypeSafeMatcher<>(SubjectListed.class) {
            @Override
            protected boolean matchesSafely(SubjectListed actual) {
                return actual.periodMonths() == months && endsOn.equals(actual.endsOn())
                        && actual.measures().stream().map(AppliedMeasure::endsOn).toList().equals(measureEnds);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("SubjectListed for " + months + " months ending " + endsOn
                        + " with measures ending " + measureEnds);
            }
        };
    }

    /** An {@link InvalidRecordContent} with exactly these violations, in this order. */
    static Matcher<InvalidRecordContent> invalid(FieldViolation... expected) {
        List<FieldViolation> violations = List.of(expected);
        return new TypeSafeMatcher<>(InvalidRecordContent.class) {
            @Override
            protected boolean matchesSafely(InvalidRecordContent actual) {
                return actual.violations().equals(violations);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("InvalidRecordContent with violations ").appendValue(violations);
            }

            @Override
            protected void describeMismatchSafely(InvalidRecordContent actual, Description mismatch) {
                mismatch.appendText("had violations ").appendValue(actual.violations());
            }
        };
    }

    /** A {@link LedgerRuleRefusal} with this code and exactly these details. */
    static Matcher<LedgerRuleRefusal> refusal(RuleCode code, Map<String, ?> details) {
        return new TypeSafeMatcher<>(LedgerRuleRefusal.class) {
            @Override
            protected boolean matchesSafely(LedgerRuleRefusal actual) {
                return actual.code() == code && actual.details().equals(details);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("LedgerRuleRefusal ").appendValue(code).appendText(" with details ")
                           .appendValue(details);
            }

            @Override
            protected void describeMismatchSafely(LedgerRuleRefusal actual, Description mismatch) {
                mismatch.appendText("was ").appendValue(actual.code()).appendText(" with details ")
                        .appendValue(actual.details()).appendText(": " + actual.getMessage());
            }
        };
    }
}
