package dev.publiccredit.ledger.projections.dispute;

import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.projections.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static dev.publiccredit.ledger.projections.LedgerEvents.SAMR;
import static dev.publiccredit.ledger.projections.LedgerEvents.objectionRaised;
import static dev.publiccredit.ledger.projections.LedgerEvents.recordId;
import static dev.publiccredit.ledger.projections.LedgerEvents.repairApplied;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ProjectionDatabase.class)
class DisputeCaseIndexTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 12);
    private static final Instant AT = Instant.parse("2026-02-12T02:00:00Z");

    private final DisputeCaseIndex index = new DisputeCaseIndex(ProjectionDatabase.jdbc());

    @Test
    void objectionsAndApplications_leadToTheirRecord_underTheirOwnType() {
        RecordId first = recordId(SAMR, "P-1");
        RecordId second = recordId(SAMR, "P-2");
        ObjectionId objection = ObjectionId.random();
        RepairApplicationId application = RepairApplicationId.random();

        index.on(objectionRaised(first, objection, DAY, DAY.plusDays(14), AT));
        index.on(repairApplied(second, application, RepairKind.STANDARD, DAY, DAY, DAY.plusDays(12), AT));
        // handled again (a repeated delivery): still one row
        index.on(objectionRaised(first, objection, DAY, DAY.plusDays(14), AT));

        assertThat(index.recordOf(objection.value(), CaseType.OBJECTION)).contains(first);
        assertThat(index.recordOf(application.value(), CaseType.REPAIR)).contains(second);
        assertThat(index.recordOf(objection.value(), CaseType.REPAIR)).isEmpty();
        assertThat(index.recordOf(application.value(), CaseType.OBJECTION)).isEmpty();
        assertThat(index.recordOf(UUID.randomUUID(), CaseType.OBJECTION)).isEmpty();
        assertThat(ProjectionDatabase.jdbc().sql("SELECT count(*) FROM dispute_case_index").query(Long.class)
                .single()).isEqualTo(2);
    }
}
