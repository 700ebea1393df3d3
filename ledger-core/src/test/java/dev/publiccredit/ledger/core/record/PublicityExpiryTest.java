package dev.publiccredit.ledger.core.record;

import static dev.publiccredit.ledger.core.record.CreditRecordTest.LICENCE_ID;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.LICENCE_RECORDED;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.PENALTY_ID;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.PENALTY_RECORDED;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.RULE_SET;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.SUBJECT_CODE;
import static dev.publiccredit.ledger.core.record.CreditRecordTest.revoked;
import static dev.publiccredit.ledger.core.record.DisputeExamples.APPLICATION;
import static dev.publiccredit.ledger.core.record.DisputeExamples.LATEST_END;
import static dev.publiccredit.ledger.core.record.DisputeExamples.at;
import static dev.publiccredit.ledger.core.record.DisputeExamples.disclosureEnded;
import static dev.publiccredit.ledger.core.record.DisputeExamples.endedByRepair;
import static dev.publiccredit.ledger.core.record.DisputeExamples.expired;
import static dev.publiccredit.ledger.core.record.DisputeExamples.firstDecision;
import static dev.publiccredit.ledger.core.record.DisputeExamples.objectionRaised;
import static dev.publiccredit.ledger.core.record.DisputeExamples.repairAccepted;
import static dev.publiccredit.ledger.core.record.DisputeExamples.repairApplied;
import static dev.publiccredit.ledger.core.record.DisputeExamples.repairGranted;

import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import dev.publiccredit.ledger.core.dispute.event.RepairRevoked;
import dev.publiccredit.ledger.core.record.command.ExpirePublicity;
import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumeReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import dev.publiccredit.ledger.core.record.event.FieldChange;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The expiry of a record's publicity window ({@code ExpirePublicity}, sent by the sweep): the penalty of
 * {@link CreditRecordTest} is disclosed on days 2025-09-26 <= day < 2026-09-26; its disclosure ends once, on the latest
 * end, and never while it is not disclosed.
 */
class PublicityExpiryTest {

    static final Instant SWEPT_AT = at(LATEST_END);

    final FixtureConfiguration<CreditRecord> fixture = DisputeExamples.fixture();

    @Test
    void expire_endsDisclosureOnTheLatestEnd_whenTheSweepRunsThatDay() {
        fixture.given(PENALTY_RECORDED)
               .when(expire(PENALTY_ID, LATEST_END))
               .expectSuccessfulHandlerExecution()
               .expectEvents(disclosureEnded(DisclosureEndReason.PUBLICITY_EXPIRED, LATEST_END, null, SWEPT_AT))
               .expectResultMessagePayload(true);
    }

    @Test
    void expire_endsDisclosureOnTheLatestEnd_whenTheSweepRunsDaysLater() {
        LocalDate later = LocalDate.of(2026, 10, 8);

        fixture.given(PENALTY_RECORDED)
               .when(expire(PENALTY_ID, later))
               .expectEvents(disclosureEnded(DisclosureEndReason.PUBLICITY_EXPIRED, LATEST_END, null, at(later)))
               .expectResultMessagePayload(true);
    }

    @Test
    void expire_storesNothing_whenTheSweepAsksAgain() {
        fixture.given(PENALTY_RECORDED)
               .andGivenCommands(expire(PENALTY_ID, LATEST_END))
               .when(expire(PENALTY_ID, LATEST_END.plusDays(1)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_storesNothing_whenTheExpiryIsAlreadyStored() {
        fixture.given(PENALTY_RECORDED, expired())
               .when(expire(PENALTY_ID, LATEST_END))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_storesNothing_theDayBeforeTheLatestEnd() {
        fixture.given(PENALTY_RECORDED)
               .when(expire(PENALTY_ID, LATEST_END.minusDays(1)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_storesNothing_forALicenceWithoutEnd() {
        fixture.given(LICENCE_RECORDED)
               .when(expire(LICENCE_ID, LocalDate.of(2099, 12, 31)))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_storesNothing_whenTheRecordWasRevoked() {
        fixture.given(PENALTY_RECORDED, revoked())
               .when(expire(PENALTY_ID, LATEST_END))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_storesNothing_whenTheRecordWasDeletedAfterAnObjection() {
        fixture.given(PENALTY_RECORDED, objectionRaised(), firstDecision(ObjectionOutcome.DELETE),
                       disclosureEnded(DisclosureEndReason.DELETED_AFTER_OBJECTION, LocalDate.of(2026, 2, 26),
                               DisputeExamples.OBJECTION.value(), at(LocalDate.of(2026, 2, 26))))
               .when(expire(PENALTY_ID, LATEST_END))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_storesNothing_whenTheRecordWasDeletedAfterItsDisclosureHadResumed() {
        // repaired, repair revoked (disclosure resumed), then deleted while no DisclosureEnded was due
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED), revokedRepair(), resumedAfterRevokedRepair(),
                       objectionRaised(), firstDecision(ObjectionOutcome.DELETE))
               .when(expire(PENALTY_ID, LATEST_END))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_storesNothing_whenARepairEndedDisclosure() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED))
               .when(expire(PENALTY_ID, LATEST_END))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_endsDisclosureAgain_whenItResumedAfterARevokedRepair() {
        fixture.given(PENALTY_RECORDED, repairApplied(), repairAccepted(), repairGranted(false),
                       endedByRepair(DisclosureEndReason.REPAIRED), revokedRepair(), resumedAfterRevokedRepair())
               .when(expire(PENALTY_ID, LATEST_END))
               .expectEvents(disclosureEnded(DisclosureEndReason.PUBLICITY_EXPIRED, LATEST_END, null, SWEPT_AT))
               .expectResultMessagePayload(true);
    }

    @Test
    void expire_waitsForTheCorrectedLatestEnd_whenACorrectionMadeThePenaltySerious() {
        fixture.given(PENALTY_RECORDED, severityCorrected("SERIOUS", new PublicityWindow(LocalDate.of(2025, 9, 26),
                       LocalDate.of(2026, 9, 26), LocalDate.of(2028, 9, 26), RULE_SET)))
               .when(expire(PENALTY_ID, LATEST_END))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void expire_endsDisclosureOnTheCorrectedLatestEnd_whenACorrectionMadeThePenaltyMinor() {
        LocalDate minorEnd = LocalDate.of(2025, 12, 26);

        fixture.given(PENALTY_RECORDED, severityCorrected("MINOR", new PublicityWindow(LocalDate.of(2025, 9, 26),
                       LocalDate.of(2025, 9, 26), minorEnd, RULE_SET)))
               .when(expire(PENALTY_ID, LocalDate.of(2026, 1, 5)))
               .expectEvents(disclosureEnded(DisclosureEndReason.PUBLICITY_EXPIRED, minorEnd, null,
                       at(LocalDate.of(2026, 1, 5))))
               .expectResultMessagePayload(true);
    }

    static ExpirePublicity expire(RecordId recordId, LocalDate today) {
        return new ExpirePublicity(recordId, today, at(today));
    }

    static RepairRevoked revokedRepair() {
        LocalDate revokedOn = LocalDate.of(2026, 4, 1);
        return new RepairRevoked(PENALTY_ID, APPLICATION, RepairRevocationReason.FALSE_MATERIALS, "信用承诺书系伪造",
                revokedOn, at(revokedOn));
    }

    static DisclosureResumed resumedAfterRevokedRepair() {
        LocalDate resumedOn = LocalDate.of(2026, 4, 1);
        return new DisclosureResumed(PENALTY_ID, SUBJECT_CODE, DisclosureResumeReason.REPAIR_REVOKED, resumedOn,
                LATEST_END, APPLICATION.value(), at(resumedOn));
    }

    static RecordCorrected severityCorrected(String severity, PublicityWindow window) {
        return new RecordCorrected(PENALTY_ID, RecordCategory.PENALTY, SUBJECT_CODE,
                List.of(new FieldChange(CorrectableField.SEVERITY, "GENERAL", severity)), "严重程度认定有误", window,
                null, at(LocalDate.of(2025, 10, 20)));
    }
}
