package dev.publiccredit.ledger.projections.listing;

import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.ListingNoticeIssued;
import dev.publiccredit.ledger.core.listing.event.ListingRemovalReason;
import dev.publiccredit.ledger.core.listing.event.SubjectListed;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.projections.ProjectionDatabase;
import dev.publiccredit.ledger.projections.profile.CreditProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static dev.publiccredit.ledger.projections.LedgerEvents.ACME;
import static dev.publiccredit.ledger.projections.LedgerEvents.BETA;
import static dev.publiccredit.ledger.projections.LedgerEvents.SAMR;
import static dev.publiccredit.ledger.projections.listing.ListingEvents.expired;
import static dev.publiccredit.ledger.projections.listing.ListingEvents.listed;
import static dev.publiccredit.ledger.projections.listing.ListingEvents.notice;
import static dev.publiccredit.ledger.projections.listing.ListingEvents.removed;
import static dev.publiccredit.ledger.projections.listing.ListingEvents.repairFinalised;
import static dev.publiccredit.ledger.projections.listing.ListingEvents.repairGranted;
import static dev.publiccredit.ledger.projections.listing.ListingEvents.repairRevoked;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ProjectionDatabase.class)
class ListingProjectorTest {

    private static final LocalDate LISTED_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate ENDS_ON = LocalDate.of(2029, 3, 2);
    private static final RecordId BASIS = RecordId.forSource(SAMR, "XZCF-2026-0001");
    private static final RepairApplicationId APPLICATION =
            RepairApplicationId.parse("0b7c6f1e-8a35-4d21-9e5b-3f2a1c0d9e8f");

    private final ListingProjector projector = new ListingProjector(ProjectionDatabase.jdbc());
    private final Listings listings = new Listings(ProjectionDatabase.jdbc());
    private final SubjectMeasures measures = new SubjectMeasures(ProjectionDatabase.jdbc());
    private final SubjectListings subjectListings = new SubjectListings(ProjectionDatabase.jdbc());

    @Test
    void notice_isShownWithItsDates_andAppliesNoMeasure() {
        ListingNoticeIssued notice = notice("SD-1", BASIS, LocalDate.of(2026, 2, 20));

        projector.on(notice);

        ListingView view = listings.find(notice.listingId()).orElseThrow();
        assertThat(view.status()).isEqualTo(ListingStatus.NOTICE);
        assertThat(view.kind()).isEqualTo("SERIOUS_DISHONESTY");
        assertThat(view.subject()).isEqualTo(new ListingView.Subject("LEGAL_PERSON", ACME.code(), ACME.name()));
        assertThat(view.basisRecordId()).isEqualTo(BASIS.toString());
        assertThat(view.notice()).isEqualTo(new ListingView.Notice(notice.noticeDocumentNumber(),
                LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 28)));
        assertThat(view.decision()).isNull();
        assertThat(view.measures()).isEmpty();
        assertThat(view.removalNotice()).isEqualTo(new ListingView.RemovalNotice("履行处罚决定并公开信用承诺", null));
        assertThat(measures.on(ACME.code(), LocalDate.of(2026, 2, 25)).restrictions()).isEmpty();
        assertThat(subjectListings.active(ACME.code(), LocalDate.of(2026, 2, 25))).isEmpty();
    }

    @Test
    void profile_saysWhetherAListingNamesTheSubject_inForceOrNot() {
        CreditProfiles profiles = new CreditProfiles(ProjectionDatabase.jdbc());
        // the subject as the credit profile projection keeps it (without records: a profile of none)
        ProjectionDatabase.jdbc().sql("""
                        INSERT INTO credit_profile_subject (subject_code, kind, name, first_recorded_at, last_changed_at)
                        VALUES (?, 'LEGAL_PERSON', ?, now(), now())""")
                .params(ACME.code(), ACME.name()).update();
        LocalDate day = LocalDate.of(2026, 2, 25);
        assertThat(profiles.findWithListingFlag(ACME.code(), day).orElseThrow().listed()).isFalse();

        projector.on(notice("SD-1", BASIS, LocalDate.of(2026, 2, 20)));   // a notice: no listing in force

        CreditProfiles.Found found = profiles.findWithListingFlag(ACME.code(), day).orElseThrow();
        assertThat(found.listed()).isTrue();
        assertThat(found.profile()).isEqualTo(profiles.find(ACME.code(), day).orElseThrow());
        assertThat(subjectListings.active(ACME.code(), day)).isEmpty();
    }

    @Test
    void decision_listsTheNoticedSubject_withItsMeasuresAndTheEarliestEarlyRemoval() {
        ListingNoticeIssued notice = notice("SD-1", BASIS, LocalDate.of(2026, 2, 20));
        SubjectListed listed = listed("SD-1", ListingKind.SERIOUS_DISHONESTY).basis(BASIS).build();

        projector.on(notice);
        projector.on(listed);

        ListingView view = listings.find(listed.listingId()).orElseThrow();
        assertThat(view.status()).isEqualTo(ListingStatus.LISTED);
        assertThat(view.notice()).isNotNull();
        assertThat(view.decision()).isEqualTo(new ListingView.Decision(listed.decisionDocumentNumber(), LISTED_ON,
                36, ENDS_ON));
        assertThat(view.measures()).extracting(ListingView.Measure::code)
                .containsExactly("GOVERNMENT_PROCUREMENT_BAN", "NO_COMMITMENT_LICENSING");
        assertThat(view.measures().get(0)).isEqualTo(new ListingView.Measure("GOVERNMENT_PROCUREMENT_BAN",
                "RESTRICTION", "禁止参加政府采购活动", "《中华人民共和国政府采购法》第七十七条", LISTED_ON, ENDS_ON));
        assertThat(view.removalNotice()).isEqualTo(new ListingView.RemovalNotice("履行处罚决定并公开信用承诺",
                LocalDate.of(2027, 3, 2)));
        assertThat(view.catalogueVersion()).isEqualTo(ListingEvents.CATALOGUE);
        assertThat(view.ruleSet()).isEqualTo(ListingEvents.RULE_SET);
    }

    @Test
    void measures_applyFromTheListingDay_untilTheDayBeforeTheEnd() {
        SubjectListed listed = listed("SD-1", ListingKind.SERIOUS_DISHONESTY).build();
        projector.on(listed);

        assertThat(restrictionCodes(LISTED_ON.minusDays(1))).isEmpty();
        assertThat(restrictionCodes(LISTED_ON))
                .containsExactly("GOVERNMENT_PROCUREMENT_BAN", "NO_COMMITMENT_LICENSING");
        assertThat(restrictionCodes(ENDS_ON.minusDays(1)))
                .containsExactly("GOVERNMENT_PROCUREMENT_BAN", "NO_COMMITMENT_LICENSING");
        assertThat(restrictionCodes(ENDS_ON)).isEmpty();
        assertThat(measures.isRestricted(ACME.code(), "GOVERNMENT_PROCUREMENT_BAN", LISTED_ON)).isTrue();
        assertThat(measures.isRestricted(ACME.code(), "GOVERNMENT_PROCUREMENT_BAN", ENDS_ON.minusDays(1))).isTrue();
        assertThat(measures.isRestricted(ACME.code(), "GOVERNMENT_PROCUREMENT_BAN", ENDS_ON)).isFalse();
        assertThat(measures.isRestricted(ACME.code(), "GOVERNMENT_PROCUREMENT_BAN", LISTED_ON.minusDays(1)))
                .isFalse();
        assertThat(measures.isRestricted(BETA.code(), "GOVERNMENT_PROCUREMENT_BAN", LISTED_ON)).isFalse();
    }

    @Test
    void measures_answerTheirEndDates_andTheListingsTheyComeFrom() {
        SubjectListed listed = listed("SD-1", ListingKind.SERIOUS_DISHONESTY).banFor(12).build();
        projector.on(listed);

        SubjectMeasuresView view = measures.on(ACME.code(), LISTED_ON.plusMonths(6));
        assertThat(view.subjectCode()).isEqualTo(ACME.code());
        assertThat(view.on()).isEqualTo(LISTED_ON.plusMonths(6));
        assertThat(view.incentives()).isEmpty();
        assertThat(view.restrictions()).containsExactly(
                new SubjectMeasuresView.ActiveMeasure("GOVERNMENT_PROCUREMENT_BAN", "禁止参加政府采购活动",
                        "《中华人民共和国政府采购法》第七十七条", LISTED_ON, LISTED_ON.plusMonths(12),
                        listed.listingId().toString(), "SERIOUS_DISHONESTY"),
                new SubjectMeasuresView.ActiveMeasure("NO_COMMITMENT_LICENSING", "不适用告知承诺制审批",
                        "《河南省社会信用条例》第三十二条", LISTED_ON, ENDS_ON, listed.listingId().toString(),
                        "SERIOUS_DISHONESTY"));
        assertThat(view.listings()).singleElement().isEqualTo(new ListingSummary(listed.listingId().toString(),
                "SERIOUS_DISHONESTY", ListingStatus.LISTED, SAMR.value(), "SD-1", null,
                listed.decisionDocumentNumber(), LISTED_ON, ENDS_ON, false));
        // the ban ends after 12 months, the listing and its other measure go on
        assertThat(restrictionCodes(LISTED_ON.plusMonths(12))).containsExactly("NO_COMMITMENT_LICENSING");
        assertThat(measures.isRestricted(ACME.code(), "GOVERNMENT_PROCUREMENT_BAN", LISTED_ON.plusMonths(12)))
                .isFalse();
    }

    @Test
    void redlist_givesIncentives_notRestrictions() {
        SubjectListed listed = listed("RL-1", ListingKind.REDLIST).months(12).build();
        projector.on(listed);

        SubjectMeasuresView view = measures.on(ACME.code(), LISTED_ON);
        assertThat(view.restrictions()).isEmpty();
        assertThat(view.incentives()).extracting(SubjectMeasuresView.ActiveMeasure::code)
                .containsExactly("ACCEPTANCE_WITH_MISSING_DOCUMENTS", "GREEN_CHANNEL");
        assertThat(view.incentives()).allSatisfy(m -> assertThat(m.endsOn()).isEqualTo(LISTED_ON.plusMonths(12)));
        assertThat(measures.isRestricted(ACME.code(), "GREEN_CHANNEL", LISTED_ON)).isFalse();
        assertThat(measures.on(ACME.code(), LISTED_ON.plusMonths(12)).incentives()).isEmpty();
    }

    @Test
    void businessAnomaly_appliesWithoutEnd_untilRemoved() {
        SubjectListed listed = listed("BA-1", ListingKind.BUSINESS_ANOMALY).build();
        LocalDate removedOn = LocalDate.of(2031, 5, 6);
        projector.on(listed);

        assertThat(restrictionCodes(LocalDate.of(2031, 5, 5)))
                .containsExactly("PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION");
        assertThat(measures.on(ACME.code(), LISTED_ON).restrictions()).singleElement()
                .satisfies(m -> assertThat(m.endsOn()).isNull());

        projector.on(removed(listed, ListingRemovalReason.CONDITIONS_MET, removedOn));

        assertThat(restrictionCodes(removedOn.minusDays(1)))
                .containsExactly("PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION");
        assertThat(restrictionCodes(removedOn)).isEmpty();
        ListingView view = listings.find(listed.listingId()).orElseThrow();
        assertThat(view.status()).isEqualTo(ListingStatus.REMOVED);
        assertThat(view.removal()).isEqualTo(new ListingView.Removal("CONDITIONS_MET", "已履行", removedOn, null));
        assertThat(subjectListings.active(ACME.code(), removedOn.minusDays(1))).hasSize(1);
        assertThat(subjectListings.active(ACME.code(), removedOn)).isEmpty();
    }

    @Test
    void expiry_endsTheListing_andItIsNoLongerDue() {
        SubjectListed listed = listed("RL-1", ListingKind.REDLIST).months(12).build();
        LocalDate endsOn = LISTED_ON.plusMonths(12);
        projector.on(listed);

        assertThat(listings.dueForExpiry(endsOn.minusDays(1), 10)).isEmpty();
        assertThat(listings.dueForExpiry(endsOn, 10)).containsExactly(listed.listingId());
        assertThat(listings.dueForExpiry(endsOn.plusDays(30), 10)).containsExactly(listed.listingId());

        projector.on(expired(listed));

        assertThat(listings.dueForExpiry(endsOn.plusDays(30), 10)).isEmpty();
        ListingView view = listings.find(listed.listingId()).orElseThrow();
        assertThat(view.status()).isEqualTo(ListingStatus.EXPIRED);
        assertThat(view.expiredOn()).isEqualTo(endsOn);
        assertThat(measures.on(ACME.code(), endsOn.minusDays(1)).incentives()).hasSize(2);
    }

    @Test
    void dueForExpiry_leavesOutNotices_listsWithoutEnd_andRemovedListings_oldestFirst_upToTheLimit() {
        SubjectListed later = listed("RL-1", ListingKind.REDLIST).months(24).build();
        SubjectListed sooner = listed("RL-2", ListingKind.REDLIST).months(12).build();
        SubjectListed removedOne = listed("RL-3", ListingKind.REDLIST).months(12).build();
        projector.on(later);
        projector.on(sooner);
        projector.on(removedOne);
        projector.on(removed(removedOne, ListingRemovalReason.EARLY_REMOVAL, LISTED_ON.plusDays(5)));
        projector.on(listed("BA-1", ListingKind.BUSINESS_ANOMALY).build());
        projector.on(notice("SD-1", null, LISTED_ON));
        LocalDate farAhead = LocalDate.of(2040, 1, 1);

        assertThat(listings.dueForExpiry(farAhead, 10)).containsExactly(sooner.listingId(), later.listingId());
        assertThat(listings.dueForExpiry(farAhead, 1)).containsExactly(sooner.listingId());
    }

    @Test
    void repair_liftsTheMeasuresFromItsGrantDate_andARevocationAppliesThemAgain() {
        SubjectListed listed = listed("SD-1", ListingKind.SERIOUS_DISHONESTY).basis(BASIS).build();
        LocalDate granted = LocalDate.of(2026, 6, 1);
        LocalDate revoked = LocalDate.of(2026, 9, 1);
        projector.on(listed);

        projector.on(repairGranted(BASIS, APPLICATION, false, granted));

        assertThat(restrictionCodes(granted.minusDays(1))).hasSize(2);
        assertThat(restrictionCodes(granted)).isEmpty();
        assertThat(restrictionCodes(LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(measures.isRestricted(ACME.code(), "GOVERNMENT_PROCUREMENT_BAN", granted)).isFalse();
        assertThat(subjectListings.active(ACME.code(), granted)).singleElement()
                .satisfies(l -> assertThat(l.measuresLiftedByRepair()).isTrue());
        assertThat(subjectListings.active(ACME.code(), granted.minusDays(1))).singleElement()
                .satisfies(l -> assertThat(l.measuresLiftedByRepair()).isFalse());

        projector.on(repairRevoked(BASIS, APPLICATION, revoked));

        assertThat(restrictionCodes(granted)).isEmpty();
        assertThat(restrictionCodes(revoked.minusDays(1))).isEmpty();
        assertThat(restrictionCodes(revoked)).hasSize(2);
        assertThat(measures.isRestricted(ACME.code(), "GOVERNMENT_PROCUREMENT_BAN", revoked)).isTrue();
        assertThat(listings.find(listed.listingId()).orElseThrow().repairReliefs()).containsExactly(
                new ListingView.RepairRelief(APPLICATION.toString(), false, granted, revoked, null));
    }

    @Test
    void temporaryRepair_liftsTheMeasures_andStaysLiftedOnceFinalised() {
        SubjectListed listed = listed("SD-1", ListingKind.SERIOUS_DISHONESTY).basis(BASIS).build();
        LocalDate granted = LocalDate.of(2026, 6, 1);
        LocalDate finalised = LocalDate.of(2026, 12, 1);
        projector.on(listed);

        projector.on(repairGranted(BASIS, APPLICATION, true, granted));
        projector.on(repairFinalised(BASIS, APPLICATION, finalised));

        assertThat(restrictionCodes(granted.minusDays(1))).hasSize(2);
        assertThat(restrictionCodes(granted)).isEmpty();
        assertThat(restrictionCodes(finalised.plusYears(1))).isEmpty();
        assertThat(listings.find(listed.listingId()).orElseThrow().repairReliefs()).containsExactly(
                new ListingView.RepairRelief(APPLICATION.toString(), true, granted, null, finalised));
    }

    @Test
    void repairGrantedBeforeTheListing_liftsItsMeasuresFromTheStart() {
        projector.on(repairGranted(BASIS, APPLICATION, false, LocalDate.of(2026, 1, 5)));
        projector.on(listed("SD-1", ListingKind.SERIOUS_DISHONESTY).basis(BASIS).build());

        assertThat(restrictionCodes(LISTED_ON)).isEmpty();
    }

    @Test
    void repairOfAnotherRecord_liftsNothing() {
        RecordId other = RecordId.forSource(SAMR, "XZCF-2026-0002");
        projector.on(listed("SD-1", ListingKind.SERIOUS_DISHONESTY).basis(BASIS).build());
        projector.on(listed("BA-1", ListingKind.BUSINESS_ANOMALY).build());

        projector.on(repairGranted(other, APPLICATION, false, LISTED_ON));

        assertThat(restrictionCodes(LISTED_ON)).containsExactly("GOVERNMENT_PROCUREMENT_BAN",
                "NO_COMMITMENT_LICENSING", "PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION");
    }

    @Test
    void measures_ofOneSubject_areNotAnothers() {
        projector.on(listed("SD-1", ListingKind.SERIOUS_DISHONESTY).subject(BETA).build());

        assertThat(restrictionCodes(LISTED_ON)).isEmpty();
        assertThat(measures.on(BETA.code(), LISTED_ON).restrictions()).hasSize(2);
        assertThat(subjectListings.active(BETA.code(), LISTED_ON)).hasSize(1);
        assertThat(subjectListings.active(ACME.code(), LISTED_ON)).isEmpty();
    }

    @Test
    void eventsHandledAgain_changeNothing_andALateDecisionDoesNotReviveARemovedListing() {
        ListingNoticeIssued notice = notice("SD-1", BASIS, LocalDate.of(2026, 2, 20));
        SubjectListed listed = listed("SD-1", ListingKind.SERIOUS_DISHONESTY).basis(BASIS).build();
        LocalDate removedOn = LocalDate.of(2026, 7, 1);

        projector.on(notice);
        projector.on(listed);
        projector.on(removed(listed, ListingRemovalReason.OBJECTION_UPHELD, removedOn));
        projector.on(repairGranted(BASIS, APPLICATION, false, LocalDate.of(2026, 6, 1)));
        // a retried batch: everything again
        projector.on(notice);
        projector.on(listed);
        projector.on(repairGranted(BASIS, APPLICATION, false, LocalDate.of(2026, 6, 1)));

        ListingView view = listings.find(listed.listingId()).orElseThrow();
        assertThat(view.status()).isEqualTo(ListingStatus.REMOVED);
        assertThat(view.measures()).hasSize(2);
        assertThat(view.repairReliefs()).hasSize(1);
        assertThat(ProjectionDatabase.jdbc().sql("SELECT count(*) FROM listing").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void reset_emptiesTheTables() {
        projector.on(listed("SD-1", ListingKind.SERIOUS_DISHONESTY).basis(BASIS).build());
        projector.on(repairGranted(BASIS, APPLICATION, false, LISTED_ON));

        projector.reset();

        for (String table : List.of("listing", "listing_measure", "listing_repair_relief")) {
            assertThat(ProjectionDatabase.jdbc().sql("SELECT count(*) FROM " + table).query(Long.class).single())
                    .as(table).isZero();
        }
        assertThat(listings.find(ListingId.forSource(SAMR, "SD-1"))).isEmpty();
    }

    private List<String> restrictionCodes(LocalDate day) {
        return measures.on(ACME.code(), day).restrictions().stream().map(SubjectMeasuresView.ActiveMeasure::code)
                .toList();
    }
}
