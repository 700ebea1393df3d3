package dev.publiccredit.ledger.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code GET /api/v1/subjects/{code}/profile} of random loaded subjects from 16 concurrent clients, after the
 * replay has built the projections (run alone, it loads the events and rebuilds the projections first). Target: p99
 * at most 20 ms. With 16 clients in a closed loop the latency is about 16 / throughput, which the CPU per read sets:
 * each round reports it, in this JVM (split between the ledger's request threads, the harness's HTTP client and the
 * rest) and in PostgreSQL.
 */
final class ProfileReadScenario implements Scenario {

    static final int CLIENTS = 16;
    static final int WARM_UP_BATCH = 1_000;
    static final int WARM_UP_BATCHES = 10;

    @Override
    public String name() {
        return "Reads: subject profile, random subjects (16 clients)";
    }

    @Override
    public Result run(Bench bench) throws Exception {
        if (!bench.hasProjections()) {
            EventStoreLoader.load(bench);
            ReplayScenario.rebuild(bench, 0, new StringBuilder());
        }
        SyntheticData data = bench.data();
        int reads = bench.profileReads();
        List<Double> rounds = new ArrayList<>();
        List<Bench.Run> runs = new ArrayList<>();
        List<String> costs = new ArrayList<>();
        List<String> cpuNotes = new ArrayList<>();
        AtomicInteger notOk = new AtomicInteger();
        LongAdder clientNanos = new LongAdder();
        long warmUp = warmUp(bench, data, notOk, clientNanos);
        notOk.set(0);
        for (int round = 0; round < bench.scale().rounds; round++) {
            long first = 1_000_000L * (round + 1);
            clientNanos.reset();
            ThreadCpu threadsBefore = ThreadCpu.snapshot();
            CpuClock.Reading before = bench.cpu();
            Bench.Run run = bench.concurrently(CLIENTS, first, reads,
                    item -> read(bench, data, item, notOk, clientNanos));
            CpuClock.Reading used = bench.cpu().minus(before);
            ThreadCpu threadsAfter = ThreadCpu.snapshot();
            runs.add(run);
            rounds.add(run.perSecond());
            double jvm = used.jvmNanos() / 1e3 / reads;
            double postgres = used.postgresNanos() / 1e3 / reads;
            double server = threadsAfter.since(threadsBefore, ThreadCpu.Group.TOMCAT) / 1e3 / reads;
            double client = (clientNanos.sum() + threadsAfter.since(threadsBefore, ThreadCpu.Group.HTTP_CLIENT))
                    / 1e3 / reads;
            double jit = threadsAfter.since(threadsBefore, ThreadCpu.Group.JIT) / 1e3 / reads;
            double gc = threadsAfter.since(threadsBefore, ThreadCpu.Group.GC) / 1e3 / reads;
            costs.add(String.format(Locale.ROOT,
                    "| %d | %,d | %,.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %,.0f |",
                    round + 1, reads, run.perSecond(), jvm, server, client, jit, gc,
                    jvm - server - client - jit - gc, postgres,
                    Runtime.getRuntime().availableProcessors() * 1e6 / (jvm - client - jit + postgres)));
            cpuNotes.add(String.format(Locale.ROOT, "CPU per read: JVM %.0f µs (ledger threads %.0f, harness "
                    + "client %.0f, JIT %.0f), PostgreSQL %.0f µs", jvm, server, client, jit, postgres));
            System.out.printf(Locale.ROOT, "  profile reads round %d: %,.0f reads/s, %s%n", round + 1,
                    run.perSecond(), cpuNotes.get(round));
        }
        Result.Latency latency = Benchmarks.medianRun(runs, rounds);
        String cpuNote = cpuNotes.get(runs.indexOf(Benchmarks.medianRunOf(runs, rounds)));
        bench.section("CPU per profile read", String.format(Locale.ROOT, """
                The CPU each round of profile reads used, per read: in this JVM (all of it; of which the ledger's \
                request threads, `http-nio-*`; the harness's HTTP client: its %d calling threads, each \
                sending on a keep-alive connection of its own (`LoadClient`); the JIT compilers, if the warm-up \
                left them work; the garbage collector; the rest: the query log's leaf appender, the pool, background work), and in PostgreSQL \
                (all its processes). The last column is the rate that the ledger's CPU (JVM without the harness's \
                client and the JIT, and PostgreSQL) allows when all %d cores do nothing else: an upper bound for an \
                idle machine.

                | Round | Reads | Reads/s | JVM µs/read | of which ledger threads | of which harness client | \
                of which JIT | of which GC | of which rest | PostgreSQL µs/read | Reads/s at most on idle cores |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                %s
                """, CLIENTS, Runtime.getRuntime().availableProcessors(), String.join("\n", costs)));
        String subject = data.subject(1).code();
        String heavy = data.subject(0).code();
        bench.section("Query plans", "Plans of the profile's and the history's main queries on the loaded data "
                + "(`EXPLAIN (ANALYZE, BUFFERS)`, one run each):\n\n```\n"
                + explain(bench, """
                        SELECT s.*, r.*, o.* FROM credit_profile_subject s
                        LEFT JOIN credit_profile_record r ON r.subject_code = s.subject_code
                        LEFT JOIN LATERAL (SELECT objection_id, status, since FROM credit_profile_objection
                            WHERE record_id = r.record_id ORDER BY since DESC, objection_id DESC LIMIT 1) o ON true
                        WHERE s.subject_code = ? ORDER BY r.decision_date DESC, r.recorded_at DESC""", subject)
                + explain(bench, "SELECT * FROM listing l WHERE l.subject_code = ?", subject)
                + explain(bench, """
                        SELECT e.global_index, e.payload FROM domain_event_entry e
                        JOIN subject_record_index i ON i.record_id::text = e.aggregate_identifier
                        WHERE i.subject_code = ? AND e.global_index > -1 ORDER BY e.global_index LIMIT 1000""", heavy)
                + "```\n");
        return new Result(name(), "reads/s", rounds, latency, String.format(Locale.ROOT,
                "%,d reads per round over %,d subjects after %,d reads of warm-up; %d answers not 200; %s (median "
                        + "round); target p99 at most 20 ms", reads, data.subjects(), warmUp, notOk.get(), cpuNote));
    }

    /**
     * Reads until the JIT compilers are done with the read path ({@link JitWarmUp}): batches of
     * {@value #WARM_UP_BATCH} reads (fewer if a round has fewer), at least two (the first reads of a fresh database
     * read from disk), at most {@value #WARM_UP_BATCHES}. Answers the reads made.
     */
    private static long warmUp(Bench bench, SyntheticData data, AtomicInteger notOk, LongAdder clientNanos)
            throws Exception {
        int size = Math.min(WARM_UP_BATCH, bench.profileReads());
        return JitWarmUp.run(bench, size, WARM_UP_BATCHES, "reads", batch -> bench.concurrently(CLIENTS, (long) batch * size, size,
                item -> read(bench, data, item, notOk, clientNanos))).items();
    }

    private static String explain(Bench bench, String sql, String subject) {
        return sql.strip().replaceAll("\\s+", " ") + "\n" + String.join("\n", bench.jdbc()
                .sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).param(subject).query(String.class).list()) + "\n\n";
    }

    private static void read(Bench bench, SyntheticData data, long item, AtomicInteger notOk, LongAdder clientNanos)
            throws Exception {
        long subject = Math.floorMod(SyntheticData.mix(99, item), data.subjects());
        long cpu = ThreadCpu.current();
        LoadClient.Answer answer = bench.read("/api/v1/subjects/" + data.subject(subject).code() + "/profile");
        clientNanos.add(ThreadCpu.current() - cpu);
        if (answer.status() != 200 || !answer.body().startsWith("{")) {
            notOk.incrementAndGet();
        }
    }
}
