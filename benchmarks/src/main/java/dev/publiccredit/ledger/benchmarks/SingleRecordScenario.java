package dev.publiccredit.ledger.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ledger's single-record path: {@code POST /api/v1/penalties} or {@code /licences}, one row per request, from
 * 16 concurrent HTTP clients (one connection each, HTTP/1.1). Counts the answers by status: 201 new, 200 duplicate,
 * 400 invalid; any 5xx is reported as an error.
 */
final class SingleRecordScenario implements Scenario {

    static final int CLIENTS = 16;
    /** Warm-up batches of a round's rows at most: the same as Axon's command path ({@link JitWarmUp}). */
    static final int WARM_UP_BATCHES = AxonCommandScenario.WARM_UP_BATCHES;

    @Override
    public String name() {
        return "Ledger single-record path (POST /api/v1/penalties or /licences, 16 clients)";
    }

    @Override
    public Result run(Bench bench) throws Exception {
        int rows = bench.rows();
        List<Double> rounds = new ArrayList<>();
        List<Bench.Run> runs = new ArrayList<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CpuClock.Reading used = new CpuClock.Reading(0, 0);
        CpuSplit split = new CpuSplit();
        Bench.Task post = item -> {
            SyntheticData.Row row = bench.data().row(item);
            LoadClient.Answer answer = split.call(() -> bench.write(
                    row.penalty() ? "/api/v1/penalties" : "/api/v1/licences", row.request()));
            statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
        };
        JitWarmUp.Outcome warmUp = JitWarmUp.run(bench, rows, WARM_UP_BATCHES, "requests", batch -> {
            BulkPathScenario.awaitProjections(bench);
            bench.concurrently(CLIENTS, bench.takeRows(rows), rows, post);
        });
        statuses.clear();
        for (int round = 0; round < bench.scale().rounds; round++) {
            // each round starts with the processors caught up with the rounds (and scenarios) before it
            BulkPathScenario.awaitProjections(bench);
            split.begin();
            CpuClock.Reading before = bench.cpu();
            Bench.Run run = bench.concurrently(CLIENTS, bench.takeRows(rows), rows, post);
            runs.add(run);
            rounds.add(run.perSecond());
            used = used.plus(bench.cpu().minus(before));
            split.end();
        }
        long items = (long) rows * bench.scale().rounds;
        return new Result(name(), "requests/s", rounds, Benchmarks.medianRun(runs, rounds),
                rows + " requests per round after " + warmUp.describe("requests") + "; answers of the measured rounds " + new TreeMap<>(statuses) + "; CPU per request (including the "
                        + "HTTP clients and the tracking processors' work meanwhile): "
                        + used.perItem(items, split.perItem(items, true)));
    }
}
