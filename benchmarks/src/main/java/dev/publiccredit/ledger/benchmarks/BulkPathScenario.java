package dev.publiccredit.ledger.benchmarks;

import dev.publiccredit.ledger.projections.profile.CreditProfileProjector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The ledger's bulk path, {@code POST /api/v1/batches}, end to end: each round takes the same number of new rows of
 * the submission stream as the raw insert baseline ({@code rows} x 10, invalid rows and duplicates included), writes
 * them as one JSON Lines file per department, uploads each file as that department's client, waits until every
 * batch has ended and the profile projection has every row (the "visible in the profile projection"), and
 * counts rows per second from the first upload; then also until every projection has caught up.
 */
final class BulkPathScenario implements Scenario {

    /**
     * Warm-up rounds at most ({@link JitWarmUp}). At 10 the JIT still used 19-43% of the JVM's CPU at the end in runs
     * of the bulk path alone; it fell under an eighth after 24 rounds (docs/adr/0030).
     */
    static final int WARM_UP_BATCHES = 30;

    @Override
    public String name() {
        return "Ledger bulk path (POST /api/v1/batches, JSON Lines)";
    }

    @Override
    public Result run(Bench bench) throws Exception {
        int rows = bench.rows() * 10;
        List<Double> rounds = new ArrayList<>();
        List<Double> allCaughtUp = new ArrayList<>();
        Outcomes outcomes = new Outcomes();
        CpuClock.Reading used = new CpuClock.Reading(0, 0);
        JitWarmUp.Outcome warmUp = JitWarmUp.run(bench, rows, WARM_UP_BATCHES, "rows",
                batch -> round(bench, rows, outcomes));
        for (int round = 0; round < bench.scale().rounds; round++) {
            CpuClock.Reading before = bench.cpu();
            Rates rates = round(bench, rows, outcomes);
            rounds.add(rates.visible());
            allCaughtUp.add(rates.allCaughtUp());
            used = used.plus(bench.cpu().minus(before));
        }
        long total = (long) rows * bench.scale().rounds;
        return new Result(name(), "rows/s", rounds, null, rows + " rows per round in one file per department, after "
                + warmUp.describe("rows") + "; over all rounds, the warm-up's included, " + outcomes.stored + " stored, "
                + outcomes.rejected + " rejected, " + outcomes.duplicates + " duplicates; timed from the first upload until the "
                + "profile projection (`credit-profile`) has every row; until every projection has caught up: median "
                + String.format(java.util.Locale.ROOT, "%,.0f", Result.median(allCaughtUp)) + " rows/s; CPU per row: "
                + used.perItem(total));
    }

    /**
     * One round: a JSON Lines file per department of {@code rows} new rows, uploaded, each batch awaited, then the
     * profile projection, then every projection. Adds the batches' stored, rejected and duplicate rows to
     * {@code outcomes}.
     */
    private static Rates round(Bench bench, int rows, Outcomes outcomes) throws Exception {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        long first = bench.takeRows(rows);
        for (long item = first; item < first + rows; item++) {
            SyntheticData.Row row = bench.data().row(item);
            ObjectNode line = bench.json().valueToTree(row.request());
            line.put("kind", row.penalty() ? "PENALTY" : "LICENCE");
            String department = line.path("sourceDepartment").asString("");
            files.computeIfAbsent(department, d -> new ByteArrayOutputStream())
                    .writeBytes((bench.json().writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        List<String> batches = new ArrayList<>();
        for (Map.Entry<String, ByteArrayOutputStream> file : files.entrySet()) {
            HttpResponse<String> answer = bench.post("/api/v1/batches", file.getValue().toByteArray(),
                    "application/x-ndjson", Bench.departmentClient(file.getKey()));
            while (answer.statusCode() == 503) {
                // the ledger's batch queue (ledger.batch.queue-capacity) is full: upload again shortly
                Thread.sleep(50);
                answer = bench.post("/api/v1/batches", file.getValue().toByteArray(), "application/x-ndjson",
                        Bench.departmentClient(file.getKey()));
            }
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("batch upload answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            batches.add(answer.headers().firstValue("Location").orElseThrow());
        }
        for (String batch : batches) {
            JsonNode view = ended(bench, batch);
            outcomes.stored += view.path("rowsStored").asLong();
            outcomes.rejected += view.path("rowsRejected").asLong();
            outcomes.duplicates += view.path("rowsDuplicate").asLong();
        }
        awaitProcessor(bench, CreditProfileProjector.GROUP);
        double visible = rows / ((System.nanoTime() - start) / 1e9);
        awaitProjections(bench);
        return new Rates(visible, rows / ((System.nanoTime() - start) / 1e9));
    }

    /** Rows per second of a round: until the profile projection had them, and until every projection had. */
    private record Rates(double visible, double allCaughtUp) {
    }

    /** The batches' rows over all rounds. */
    private static final class Outcomes {
        long stored;
        long rejected;
        long duplicates;
    }

    private static JsonNode ended(Bench bench, String batch) throws Exception {
        return ended(bench, batch, 20, view -> { });
    }

    /** The batch at {@code location} once COMPLETED, read every {@code pollMillis}, each view seen given to {@code seen}. */
    static JsonNode ended(Bench bench, String location, long pollMillis, Consumer<JsonNode> seen) throws Exception {
        while (true) {
            JsonNode view = bench.json().readTree(bench.get(location).body());
            String state = view.path("state").asString("");
            if (state.equals("COMPLETED")) {
                return view;
            }
            if (state.equals("FAILED")) {
                throw new IllegalStateException("batch " + location + " failed: " + view);
            }
            seen.accept(view);
            Thread.sleep(pollMillis);
        }
    }

    /** Until the tracking processor {@code group} has caught up with the event store's head. */
    static void awaitProcessor(Bench bench, String group) throws Exception {
        while (bench.json().readTree(bench.get("/actuator/health/projections").body()).path("details").path(group)
                .path("behind").asLong(1) > 0) {
            Thread.sleep(20);
        }
    }

    /**
     * Until no running tracking processor is behind the event store's head. A stopped one never catches up: the
     * replay's load stops the audit log's processor for the rest of the run ({@link EventStoreLoader}).
     */
    static void awaitProjections(Bench bench) throws Exception {
        while (true) {
            JsonNode details = bench.json().readTree(bench.get("/actuator/health/projections").body()).path("details");
            boolean behind = false;
            for (Map.Entry<String, JsonNode> processor : details.properties()) {
                if (processor.getValue().isObject() && processor.getValue().path("running").asBoolean(true)
                        && processor.getValue().path("behind").asLong() > 0) {
                    behind = true;
                }
            }
            if (!behind) {
                return;
            }
            Thread.sleep(20);
        }
    }
}
