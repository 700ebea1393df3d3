package dev.publiccredit.ledger.projections.statistics;

import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.projections.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;

import static dev.publiccredit.ledger.projections.LedgerEvents.ACME;
import static dev.publiccredit.ledger.projections.LedgerEvents.SAMR;
import static dev.publiccredit.ledger.projections.LedgerEvents.TAX;
import static dev.publiccredit.ledger.projections.LedgerEvents.change;
import static dev.publiccredit.ledger.projections.LedgerEvents.corrected;
import static dev.publiccredit.ledger.projections.LedgerEvents.licence;
import static dev.publiccredit.ledger.projections.LedgerEvents.penalty;
import static dev.publiccredit.ledger.projections.LedgerEvents.revoked;
import static dev.publiccredit.ledger.projections.LedgerEvents.timeliness;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ProjectionDatabase.class)
class DepartmentStatisticsProjectorTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 3);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 3, 12);
    private static final Instant AT = Instant.parse("2025-04-01T02:00:00Z");

    private final DepartmentStatisticsProjector projector =
            new DepartmentStatisticsProjector(ProjectionDatabase.jdbc(), ProjectionDatabase.dataSource());
    private final DepartmentStatistics statistics = new DepartmentStatistics(ProjectionDatabase.jdbc());

    private static PenaltyRecorded penaltySubmittedOn(String id, LocalDate submittedOn) {
        return penalty(id).decidedOn(DECIDED).submitted(submittedOn, DEADLINE).build();
    }

    private static DepartmentStatisticsView.CategoryStatistics stats(String category, long records, long onTime,
                                                                     long late, long corrected, long revoked,
                                                                     Double rate) {
        return new DepartmentStatisticsView.CategoryStatistics(category, records, onTime, late, corrected, revoked,
                rate);
    }

    @Test
    void countsOnTimeAndLate_byCategory_withCorrectionsAndRevocations() {
        PenaltyRecorded onTime1 = penaltySubmittedOn("P-1", DECIDED.plusDays(1));
        PenaltyRecorded onTime2 = penaltySubmittedOn("P-2", DEADLINE);
        PenaltyRecorded late = penaltySubmittedOn("P-3", DEADLINE.plusDays(1));
        projector.on(onTime1);
        projector.on(onTime2);
        projector.on(late);
        projector.on(licence("L-1").decidedOn(DECIDED).submitted(DECIDED.plusDays(2), DEADLINE).build());
        projector.on(licence("L-2").decidedOn(DECIDED).submitted(DEADLINE.plusDays(5), DEADLINE).build());
        projector.on(licence("L-3").decidedOn(DECIDED).submitted(DEADLINE.plusDays(6), DEADLINE).build());
        // two corrections of one record count it once
        projector.on(corrected(onTime1.recordId(), RecordCategory.PENALTY, ACME.code(), AT,
                change(CorrectableField.PENALTY_CONTENT, "警告", "罚款")));
        projector.on(corrected(onTime1.recordId(), RecordCategory.PENALTY, ACME.code(), AT.plusSeconds(60),
                change(CorrectableField.REMARKS, null, "更正")));
        projector.on(corrected(late.recordId(), RecordCategory.PENALTY, ACME.code(), AT,
                change(CorrectableField.PENALTY_CONTENT, "警告", "罚款")));
        projector.on(revoked(onTime2.recordId(), RecordCategory.PENALTY, ACME.code(), "京海政复〔2025〕12号",
                LocalDate.of(2025, 5, 6), AT));

        DepartmentStatisticsView view = statistics.of(SAMR, null, null);

        assertThat(view.department()).isEqualTo("SAMR-HAIDIAN");
        assertThat(view.from()).isNull();
        assertThat(view.to()).isNull();
        assertThat(view.categories()).containsExactly(
                stats("LICENCE", 3, 1, 2, 0, 0, 1.0 / 3),
                stats("PENALTY", 3, 2, 1, 2, 1, 2.0 / 3));
        assertThat(view.total()).isEqualTo(stats("ALL", 6, 3, 3, 2, 1, 0.5));
    }

    @Test
    void decisionDateCorrection_thatMeetsTheDeadline_movesTheRecordFromLateToOnTime() {
        LocalDate submittedOn = LocalDate.of(2025, 3, 14);
        PenaltyRecorded late = penaltySubmittedOn("P-1", submittedOn);
        projector.on(late);
        assertThat(statistics.of(SAMR, null, null).total()).isEqualTo(stats("ALL", 1, 0, 1, 0, 0, 0.0));

        LocalDate newDecisionDate = LocalDate.of(2025, 3, 7);
        projector.on(corrected(late.recordId(), RecordCategory.PENALTY, ACME.code(), AT, null,
                timeliness(newDecisionDate, submittedOn, LocalDate.of(2025, 3, 18)),
                change(CorrectableField.DECISION_DATE, DECIDED.toString(), newDecisionDate.toString())));

        DepartmentStatisticsView view = statistics.of(SAMR, null, null);
        assertThat(view.categories()).contains(stats("PENALTY", 1, 1, 0, 1, 0, 1.0));
        assertThat(view.total()).isEqualTo(stats("ALL", 1, 1, 0, 1, 0, 1.0));
    }

    @Test
    void correctionWithoutNewTimeliness_keepsTheRecordLate() {
        PenaltyRecorded late = penaltySubmittedOn("P-1", DEADLINE.plusDays(3));
        projector.on(late);

        projector.on(corrected(late.recordId(), RecordCategory.PENALTY, ACME.code(), AT,
                change(CorrectableField.PENALTY_CONTENT, "警告", "罚款")));

        assertThat(statistics.of(SAMR, null, null).total()).isEqualTo(stats("ALL", 1, 0, 1, 1, 0, 0.0));
    }

    @Test
    void dateRange_filtersOnTheSubmissionDay_inclusive() {
        projector.on(penaltySubmittedOn("P-1", LocalDate.of(2025, 3, 4)));
        projector.on(penaltySubmittedOn("P-2", LocalDate.of(2025, 3, 10)));
        projector.on(penaltySubmittedOn("P-3", LocalDate.of(2025, 3, 13)));
        projector.on(penaltySubmittedOn("P-4", LocalDate.of(2025, 4, 1)));

        DepartmentStatisticsView march = statistics.of(SAMR, LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 13));
        assertThat(march.from()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(march.to()).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(march.total()).isEqualTo(stats("ALL", 3, 2, 1, 0, 0, 2.0 / 3));

        assertThat(statistics.of(SAMR, LocalDate.of(2025, 3, 5), null).total().records()).isEqualTo(3);
        assertThat(statistics.of(SAMR, null, LocalDate.of(2025, 3, 9)).total().records()).isEqualTo(1);
        assertThat(statistics.of(SAMR, LocalDate.of(2025, 3, 11), LocalDate.of(2025, 3, 12)).total().records())
                .isZero();
    }

    @Test
    void otherDepartments_areNotCounted() {
        projector.on(penaltySubmittedOn("P-1", DECIDED.plusDays(1)));
        projector.on(penalty("P-1").department(TAX).decidedOn(DECIDED).submitted(DEADLINE.plusDays(1), DEADLINE)
                .build());
        projector.on(licence("L-1").department(TAX).build());

        assertThat(statistics.of(SAMR, null, null).total()).isEqualTo(stats("ALL", 1, 1, 0, 0, 0, 1.0));
        assertThat(statistics.of(TAX, null, null).categories()).containsExactly(
                stats("LICENCE", 1, 1, 0, 0, 0, 1.0),
                stats("PENALTY", 1, 0, 1, 0, 0, 0.0));
    }

    @Test
    void departmentWithoutRecords_hasZeros() {
        projector.on(penaltySubmittedOn("P-1", DECIDED.plusDays(1)));

        DepartmentStatisticsView view = statistics.of(new DepartmentCode("MEE-HAIDIAN"), null, null);

        assertThat(view.department()).isEqualTo("MEE-HAIDIAN");
        assertThat(view.categories()).containsExactly(
                stats("LICENCE", 0, 0, 0, 0, 0, null),
                stats("PENALTY", 0, 0, 0, 0, 0, null));
        assertThat(view.total()).isEqualTo(stats("ALL", 0, 0, 0, 0, 0, null));
    }

    @Test
    void replayingTheSameEvents_givesTheSameStatistics() {
        PenaltyRecorded late = penaltySubmittedOn("P-1", DEADLINE.plusDays(1));
        PenaltyRecorded onTime = penaltySubmittedOn("P-2", DEADLINE);
        Runnable all = () -> {
            projector.on(late);
            projector.on(onTime);
            projector.on(corrected(late.recordId(), RecordCategory.PENALTY, ACME.code(), AT, null,
                    timeliness(DECIDED.plusDays(3), DEADLINE.plusDays(1), DEADLINE.plusDays(3)),
                    change(CorrectableField.DECISION_DATE, DECIDED.toString(), DECIDED.plusDays(3).toString())));
            projector.on(revoked(onTime.recordId(), RecordCategory.PENALTY, ACME.code(), "京海政复〔2025〕12号",
                    LocalDate.of(2025, 5, 6), AT));
        };

        all.run();
        DepartmentStatisticsView once = statistics.of(SAMR, null, null);
        all.run();

        assertThat(statistics.of(SAMR, null, null)).isEqualTo(once);
        assertThat(once.total()).isEqualTo(stats("ALL", 2, 2, 0, 1, 1, 1.0));
    }
}
