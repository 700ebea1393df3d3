package dev.publiccredit.ledger.projections.profile;

import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.projections.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;

import static dev.publiccredit.ledger.projections.LedgerEvents.ACME;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureEnded;
import static dev.publiccredit.ledger.projections.LedgerEvents.penalty;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairGranted;
import static dev.publiccredit.ledger.projections.LedgerEvents.revoked;
import static org.assertj.core.api.Assertions.assertThat;

/** A profile on an earlier day, by today's knowledge: what took effect after that day does not count on it. */
@ExtendWith(ProjectionDatabase.class)
class CreditProfileValidOnTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);
    private static final LocalDate GRANTED = LocalDate.of(2025, 6, 10);
    private static final Instant AT = Instant.parse("2025-06-10T02:00:00Z");

    private final CreditProfileProjector projector = new CreditProfileProjector(ProjectionDatabase.jdbc(), ProjectionDatabase.dataSource());
    private final CreditProfiles profiles = new CreditProfiles(ProjectionDatabase.jdbc());

    @Test
    void aRecordRepairedLaterWasInPublicityBefore() {
        PenaltyRecorded penalty = penalty("P-001").decidedOn(DECIDED).build();
        RepairApplicationId application = RepairApplicationId.random();
        projector.on(penalty);
        projector.on(repairGranted(penalty.recordId(), application, false, GRANTED, AT));
        projector.on(disclosureEnded(penalty.recordId(), DisclosureEndReason.REPAIRED, GRANTED, application.value(),
                AT));

        CreditProfileView.ProfileRecord before = record(GRANTED.minusDays(1));
        assertThat(before.status()).isEqualTo(CreditProfileView.Status.IN_PUBLICITY);
        assertThat(before.disclosed()).isTrue();
        assertThat(before.repair()).isNull();
        assertThat(before.disclosureEndedOn()).isNull();
        assertThat(profiles.find(ACME.code(), GRANTED.minusDays(1)).orElseThrow().counts().inPublicity())
                .isEqualTo(1);

        CreditProfileView.ProfileRecord on = record(GRANTED);
        assertThat(on.status()).isEqualTo(CreditProfileView.Status.REPAIRED);
        assertThat(on.disclosed()).isFalse();
        assertThat(on.repair().since()).isEqualTo(GRANTED);
        assertThat(on.disclosureEndedOn()).isEqualTo(GRANTED);
    }

    @Test
    void aRevocationCountsFromItsDay() {
        PenaltyRecorded penalty = penalty("P-001").decidedOn(DECIDED).build();
        projector.on(penalty);
        projector.on(revoked(penalty.recordId(), RecordCategory.PENALTY, ACME.code(), "复议决定书", GRANTED, AT));

        assertThat(record(GRANTED.minusDays(1))).satisfies(r -> {
            assertThat(r.status()).isEqualTo(CreditProfileView.Status.IN_PUBLICITY);
            assertThat(r.revokedOn()).isNull();
        });
        assertThat(record(GRANTED)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(CreditProfileView.Status.REVOKED);
            assertThat(r.revokedOn()).isEqualTo(GRANTED);
        });
    }

    private CreditProfileView.ProfileRecord record(LocalDate day) {
        return profiles.find(ACME.code(), day).orElseThrow().penalties().get(0);
    }
}
