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
            if (result.name().equals(new BulkPathScenario().name())) {
                // the synthetic rows' invalid ones are rejected by the batch, the valid ones stored
                assertThat(result.note())
                        .containsPattern("over all rounds, the warm-up's included, [1-9][0-9]* stored, [1-9][0-9]* rejected")
                        .containsPattern("after [1-9][0-9,]* unrecorded rows of JIT warm-up \\(the JIT [0-9]+% ");
            }
            // the floor copied the bulk path's records' rows, all tables and the projections' alone
            if (result.name().equals(new RowFloorScenario().name())) {
                assertThat(result.note()).containsPattern("CPU per record: PostgreSQL [1-9][0-9]* µs")
                        .containsPattern("alone \\(what a rebuild writes\\), the same way: median [1-9][0-9,]* records/s");
            }
            // the measured loops' own HTTP client (LoadClient) got real answers
            if (result.name().equals(new ProfileReadScenario().name())) {
                assertThat(result.note()).contains("; 0 answers not 200;");
            }
            if (result.name().equals(new SingleRecordScenario().name())) {
                assertThat(result.note()).containsPattern("answers of the measured rounds \\{[^}]*201=[1-9]")
                        .containsPattern("after [1-9][0-9,]* unrecorded requests of JIT warm-up \\(the JIT [0-9]+% ");
            }
            if (result.name().equals(new AxonCommandScenario().name())) {
                assertThat(result.note()).containsPattern("after [1-9][0-9,]* unrecorded rows of JIT warm-up \\(the JIT [0-9]+% ");
            }
            assertThat(report.markdown()).contains("| " + result.name() + " |");
        }
        assertThat(report.markdown()).contains("| CPU |", "| PostgreSQL | PostgreSQL 18")
                .containsPattern("fsync and synchronous_commit on, shared_buffers [0-9]+[MG]B, max_wal_size 4GB\\)");
        // the GBK file in the national layout: every check ran and passed (a failed one fails the run)
        assertThat(report.sections()).containsKey(GbkFileScenario.TITLE);
        assertThat(report.sections().get(GbkFileScenario.TITLE)).contains("passed: 2,000-row file: the error "
                + "report names exactly the invalid rows", "passed: the same file again: no event appended")
                .doesNotContain("FAILED");
    }
}
