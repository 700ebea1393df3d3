package dev.publiccredit.ledger.benchmarks;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code GET /api/v1/subjects/{code}/profile} of random loaded subjects from 16 concurrent clients, after the
 * replay has built the projections. Target: p99 at most 20 ms.
 */
final class ProfileReadScenario implements Scenario {

    static final int CLIENTS = 16;

    @Override
    public String name() {
        return "Reads: subject profile, random subjects (16 clients)";
    }

    @Override
    public Result run(Bench bench) throws Exception {
        SyntheticData data = bench.data();
        int reads = bench.scale().profileReads;
        List<Double> rounds = new ArrayList<>();
        List<Bench.Run> runs = new ArrayList<>();
        AtomicInteger notOk = new AtomicInteger();
        // warm-up: the first reads of a fresh database read from disk
        bench.concurrently(CLIENTS, 0, Math.min(reads, 2_000), item -> read(bench, data, item, notOk));
        notOk.set(0);
        for (int round = 0; round < bench.scale().rounds; round++) {
            long first = 1_000_000L * (round + 1);
            Bench.Run run = bench.concurrently(CLIENTS, first, reads, item -> read(bench, data, item, notOk));
            runs.add(run);
            rounds.add(run.perSecond());
        }
        Result.Latency latency = Benchmarks.medianRun(runs, rounds);
        String subject = data.subject(1).code();
        String heavy = data.subject(0).code();
        bench.section("Query plans", "Plans of the profile's and the history's main queries on the loaded data "
                + "(`EXPLAIN (ANALYZE, BUFFERS)`, one run each):\n\n```\n"
                + explain(bench, "SELECT * FROM credit_profile_subject WHERE subject_code = ?", subject)
                + explain(bench, """
                        SELECT o.record_id FROM credit_profile_objection o JOIN credit_profile_record r USING (record_id)
                        WHERE r.subject_code = ? ORDER BY o.since, o.objection_id""", subject)
                + explain(bench, """
                        SELECT * FROM credit_profile_record WHERE subject_code = ?
                        ORDER BY decision_date DESC, recorded_at DESC""", subject)
                + explain(bench, "SELECT * FROM listing l WHERE l.subject_code = ?", subject)
                + explain(bench, """
                        SELECT e.global_index, e.payload FROM domain_event_entry e
                        JOIN subject_record_index i ON i.record_id::text = e.aggregate_identifier
                        WHERE i.subject_code = ? AND e.global_index > -1 ORDER BY e.global_index LIMIT 1000""", heavy)
                + "```\n");
        return new Result(name(), "reads/s", rounds, latency, String.format(Locale.ROOT,
                "%,d reads per round over %,d subjects; %d answers not 200; target p99 at most 20 ms", reads,
                data.subjects(), notOk.get()));
    }

    private static String explain(Bench bench, String sql, String subject) {
        return sql.strip().replaceAll("\\s+", " ") + "\n" + String.join("\n", bench.jdbc()
                .sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).param(subject).query(String.class).list()) + "\n\n";
    }

    private static void read(Bench bench, SyntheticData data, long item, AtomicInteger notOk) throws Exception {
        long subject = Math.floorMod(SyntheticData.mix(99, item), data.subjects());
        HttpResponse<String> answer = bench.get("/api/v1/subjects/" + data.subject(subject).code() + "/profile");
        if (answer.statusCode() != 200) {
            notOk.incrementAndGet();
        }
    }
}
