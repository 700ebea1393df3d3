package dev.publiccredit.ledger.benchmarks;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The event history of the heavy subject ({@code GET /api/v1/subjects/{code}/events}, every page), one client,
 * repeated. Target: at most 100 ms for a subject with 1,000 events.
 */
final class HistoryReadScenario implements Scenario {

    static final int REPEATS = 50;

    @Override
    public String name() {
        return "Reads: event history of the subject with the most events (1 client)";
    }

    @Override
    public Result run(Bench bench) throws Exception {
        String code = bench.data().subject(0).code();
        int events = 0;
        for (int warm = 0; warm < 5; warm++) {
            events = history(bench, code);
        }
        List<Double> rounds = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        for (int round = 0; round < bench.scale().rounds; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < REPEATS; i++) {
                long t = System.nanoTime();
                history(bench, code);
                latencies.add(System.nanoTime() - t);
            }
            rounds.add(REPEATS / ((System.nanoTime() - start) / 1e9));
        }
        return new Result(name(), "reads/s", rounds, Result.Latency.of(latencies), String.format(Locale.ROOT,
                "%,d events in the history (all pages); latency of %d reads per round over all rounds; target at "
                        + "most 100 ms", events, REPEATS));
    }

    /** Reads every page; answers the number of events. */
    private static int history(Bench bench, String code) throws Exception {
        int events = 0;
        String path = "/api/v1/subjects/" + code + "/events";
        while (path != null) {
            JsonNode page = bench.json().readTree(bench.get(path).body());
            events += page.get("events").size();
            JsonNode next = page.get("nextAfter");
            path = next == null || next.isNull() ? null
                    : "/api/v1/subjects/" + code + "/events?after=" + next.asLong();
        }
        return events;
    }
}
