package dev.publiccredit.ledger.benchmarks;

import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Replay: loads the event store ({@link EventStoreLoader}), then rebuilds every projection through the admin
 * endpoint ({@code POST /api/v1/admin/projections/rebuild}), following its progress, once per round. The first round
 * builds the projections from nothing (the loaded events have none yet); the later ones rebuild beside live tables
 * of the same size, which is the case the rebuild is for. The rate is the events folded over the rebuild's own
 * elapsed time (from the start to the switch-over, included).
 */
final class ReplayScenario implements Scenario {

    @Override
    public String name() {
        return "Replay: rebuild every projection from the event store (admin endpoint)";
    }

    @Override
    public Result run(Bench bench) throws Exception {
        EventStoreLoader.Loaded loaded = EventStoreLoader.load(bench);
        List<Double> rounds = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        int count = bench.scale() == Scale.FULL ? 1 : Math.min(2, bench.scale().rounds);
        List<String> costs = new ArrayList<>();
        for (int round = 0; round < count; round++) {
            CpuClock.Reading before = bench.cpu();
            JsonNode progress = rebuild(bench, round, log);
            rounds.add(progress.get("eventsPerSecond").asDouble());
            CpuClock.Reading used = bench.cpu().minus(before);
            long events = progress.get("events").asLong();
            double jvm = used.jvmNanos() / 1e3 / events;
            double postgres = used.postgresNanos() / 1e3 / events;
            costs.add(String.format(Locale.ROOT, "| %d | %,d | %.1f | %,.0f | %.0f | %.0f | %,.0f |", round + 1, events,
                    progress.get("elapsedSeconds").asDouble(), progress.get("eventsPerSecond").asDouble(), jvm,
                    postgres, Runtime.getRuntime().availableProcessors() * 1e6 / (jvm + postgres)));
            System.out.printf("  rebuild round %d: %,d events in %.1f s%n", round + 1, progress.get("events").asLong(),
                    progress.get("elapsedSeconds").asDouble());
        }
        bench.section("Replay", String.format(Locale.ROOT, """
                %,d events about %,d subjects were loaded into `domain_event_entry` with `COPY` in %.1f s \
                (%,.0f events/s; serialized with the ledger's own serializer, events as the aggregate decides them). \
                Then `POST /api/v1/admin/projections/rebuild` rebuilt every projection %d time(s): the first from \
                nothing, later ones beside live tables of the same size.

                The CPU each rebuild used, per event, in this JVM (the ledger: reading, deserializing, the projectors, \
                JDBC) and in PostgreSQL (all its processes), and the rate that CPU cost allows when all %d cores do \
                nothing else (an upper bound for an idle machine of this size; the rate measured is lower when the \
                machine is shared):

                | Round | Events | Seconds | Events/s measured | JVM µs/event | PostgreSQL µs/event | Events/s at most on idle cores |
                |---:|---:|---:|---:|---:|---:|---:|
                %s

                Progress seen through the API during the rebuilds:

                ```
                %s```
                """, loaded.events(), bench.scale().subjects, loaded.seconds(), loaded.perSecond(), count,
                Runtime.getRuntime().availableProcessors(), String.join("\n", costs),
                log.length() == 0 ? "(each rebuild took under 10 s)\n" : log.toString()));
        return new Result(name(), "events/s", rounds, null,
                String.format(Locale.ROOT, "%,d events, %d rebuild(s); target at least 25,000", loaded.events(), count));
    }

    /**
     * Rebuilds every projection through the admin endpoint and waits for the switch-over; answers the rebuild's last
     * progress. Every 10 s its progress is added to {@code log}.
     */
    static JsonNode rebuild(Bench bench, int round, StringBuilder log) throws Exception {
        HttpResponse<String> started = bench.post("/api/v1/admin/projections/rebuild", java.util.Map.of());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("rebuild answered " + started.statusCode() + ": " + started.body());
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode progress = bench.json().readTree(started.body());
        long checked = System.nanoTime();
        while (progress.get("state").asString().matches("RUNNING|SWITCHING")) {
            Thread.sleep(200);
            progress = bench.json().readTree(bench.get(location).body());
            if (System.nanoTime() - checked > 10e9) {
                checked = System.nanoTime();
                log.append(String.format(Locale.ROOT, "round %d: %.1f%%, %,.0f events/s, %s s left%n", round + 1,
                        progress.get("percent").asDouble(), progress.get("eventsPerSecond").asDouble(),
                        progress.get("secondsLeft").isNull() ? "?"
                                : String.format(Locale.ROOT, "%.0f", progress.get("secondsLeft").asDouble())));
            }
        }
        if (!progress.get("state").asString().equals("DONE")) {
            throw new IllegalStateException("rebuild did not finish: " + progress);
        }
        bench.projectionsBuilt();
        return progress;
    }
}
