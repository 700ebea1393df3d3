package dev.publiccredit.ledger.projections.expiry;

import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumeReason;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.projections.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static dev.publiccredit.ledger.projections.LedgerEvents.ACME;
import static dev.publiccredit.ledger.projections.LedgerEvents.RULE_SET;
import static dev.publiccredit.ledger.projections.LedgerEvents.change;
import static dev.publiccredit.ledger.projections.LedgerEvents.corrected;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureEnded;
import static dev.publiccredit.ledger.projections.LedgerEvents.disclosureResumed;
import static dev.publiccredit.ledger.projections.LedgerEvents.licence;
import static dev.publiccredit.ledger.projections.LedgerEvents.penalty;
import static dev.publiccredit.ledger.projections.LedgerEvents.revoked;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ProjectionDatabase.class)
class PublicityExpiryProjectorTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);
    private static final LocalDate LATEST_END = DECIDED.plusYears(1);
    private static final Instant AT = Instant.parse("2025-06-01T02:00:00Z");

    private final PublicityExpiryProjector projector = new PublicityExpiryProjector(ProjectionDatabase.jdbc(), ProjectionDatabase.dataSource());
    private final PublicityExpiries expiries = new PublicityExpiries(ProjectionDatabase.jdbc());

    @Test
    void penalty_isDueOnItsLatestEnd_notBefore() {
        PenaltyRecorded penalty = penalty("P-1").decidedOn(DECIDED).build();

        projector.on(penalty);
        projector.on(licence("L-1").decidedOn(DECIDED).build());

        assertThat(expiries.due(LATEST_END.minusDays(1), 10)).isEmpty();
        assertThat(expiries.due(LATEST_END, 10)).containsExactly(penalty.recordId());
        assertThat(expiries.due(LATEST_END.plusYears(5), 10)).as("a licence never expires")
                .containsExactly(penalty.recordId());
    }

    @Test
    void due_earliestEndFirst_atMostTheLimit() {
        PenaltyRecorded later = penalty("P-1").decidedOn(DECIDED.plusDays(2)).build();
        PenaltyRecorded earliest = penalty("P-2").decidedOn(DECIDED).build();
        PenaltyRecorded middle = penalty("P-3").decidedOn(DECIDED.plusDays(1)).build();
        projector.on(later);
        projector.on(earliest);
        projector.on(middle);

        assertThat(expiries.due(LATEST_END.plusDays(10), 2)).containsExactly(earliest.recordId(),
                middle.recordId());
        assertThat(expiries.due(LATEST_END.plusDays(10), 10)).containsExactly(earliest.recordId(),
                middle.recordId(), later.recordId());
    }

    @Test
    void correctedWindow_movesTheEnd() {
        PenaltyRecorded penalty = penalty("P-1").decidedOn(DECIDED).build();
        projector.on(penalty);

        projector.on(corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(), AT,
                new PublicityWindow(DECIDED, DECIDED.plusYears(1), DECIDED.plusYears(3), RULE_SET), null,
                change(CorrectableField.SEVERITY, "GENERAL", "SERIOUS")));
        // a correction that decided no new window leaves the end alone
        projector.on(corrected(penalty.recordId(), RecordCategory.PENALTY, ACME.code(), AT,
                change(CorrectableField.PENALTY_CONTENT, "警告", "罚款")));

        assertThat(expiries.due(LATEST_END, 10)).isEmpty();
        assertThat(expiries.due(DECIDED.plusYears(3), 10)).containsExactly(penalty.recordId());
    }

    @Test
    void endedDisclosureAndRevocation_removeTheRecord_resumedDisclosureBringsItBack() {
        PenaltyRecorded repaired = penalty("P-1").decidedOn(DECIDED).build();
        PenaltyRecorded revokedPenalty = penalty("P-2").decidedOn(DECIDED).build();
        PenaltyRecorded expired = penalty("P-3").decidedOn(DECIDED).build();
        projector.on(repaired);
        projector.on(revokedPenalty);
        projector.on(expired);
        UUID application = UUID.randomUUID();

        projector.on(disclosureEnded(repaired.recordId(), DisclosureEndReason.REPAIRED, DECIDED.plusMonths(4),
                application, AT));
        projector.on(revoked(revokedPenalty.recordId(), RecordCategory.PENALTY, ACME.code(), "京海政复〔2025〕1号",
                DECIDED.plusMonths(2), AT));
        projector.on(disclosureEnded(expired.recordId(), DisclosureEndReason.PUBLICITY_EXPIRED, LATEST_END, null,
                AT));
        assertThat(expiries.due(LATEST_END.plusDays(1), 10)).isEmpty();

        projector.on(disclosureResumed(repaired.recordId(), DisclosureResumeReason.REPAIR_REVOKED,
                DECIDED.plusMonths(6), LATEST_END, application, AT));
        assertThat(expiries.due(LATEST_END, 10)).containsExactly(repaired.recordId());
    }
}
