package dev.publiccredit.ledger.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A tiny run of the whole harness: every scenario reports, and the report has a row for each. */
class BenchmarksSmokeTest {

    @Test
    void aSmokeRunReportsEveryScenario() throws Exception {
        Report report = Benchmarks.run(Scale.SMOKE, 1);

        assertThat(report.results()).extracting(Result::name)
                .containsExactlyElementsOf(Benchmarks.scenarios().stream().map(Scenario::name).toList());
        for (Result result : report.results()) {
            assertThat(result.median()).as(result.name()).isPositive();
            if (result.name().contains("/api/v1/batches")) {
                // the synthetic rows' invalid ones are rejected by the batch, the valid ones stored
                assertThat(result.note()).containsPattern("over all rounds [1-9][0-9]* stored, [1-9][0-9]* rejected");
            }
            assertThat(report.markdown()).contains("| " + result.name() + " |");
        }
        assertThat(report.markdown()).contains("| CPU |", "| PostgreSQL | PostgreSQL 18");
    }
}
