package dev.publiccredit.ledger.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The table of a run (medians, min/max, latencies and ratios to the raw-insert baseline) and docs/performance.md. */
record Report(Scale scale, int rows, long seed, List<String> only, Instant started, Machine machine,
              List<Result> results, Map<String, String> sections) {

    /** The baseline of the ratios: the first scenario (raw batched inserts). */
    Result baseline() {
        return results.isEmpty() ? Result.notMeasured("none", "no scenario ran") : results.get(0);
    }

    String table() {
        StringBuilder t = new StringBuilder();
        t.append("| Measurement | Unit | Median | Min | Max | p50 ms | p99 ms | vs raw insert | Notes |\n");
        t.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Result r : results) {
            if (!r.measured()) {
                t.append("| ").append(r.name()).append(" | | - | - | - | - | - | - | ").append(r.note()).append(" |\n");
                continue;
            }
            t.append("| ").append(r.name()).append(" | ").append(r.unit())
                    .append(" | ").append(number(r.median()))
                    .append(" | ").append(number(r.min()))
                    .append(" | ").append(number(r.max()))
                    .append(" | ").append(r.latency() == null ? "-" : ms(r.latency().p50()))
                    .append(" | ").append(r.latency() == null ? "-" : ms(r.latency().p99()))
                    .append(" | ").append(ratio(r))
                    .append(" | ").append(r.note()).append(" |\n");
        }
        return t.toString();
    }

    private String ratio(Result r) {
        Result base = baseline();
        if (r == base) {
            return "1";
        }
        if (!base.measured() || !r.unit().endsWith("/s") || r.unit().startsWith("reads")) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.3f", r.median() / base.median());
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("Written by the benchmark harness (`benchmarks` module); do not edit by hand. Run it again with:\n\n");
        md.append("```\n./mvnw -pl benchmarks -am -DskipTests package\n")
                .append("java -jar benchmarks/target/benchmarks.jar --scale ").append(scale.name().toLowerCase(Locale.ROOT))
                .append(only.isEmpty() ? "" : " --only " + String.join(",", only))
                .append("\n```\n\n");
        md.append("## Run\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Date | ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(" |\n");
        md.append("| Scale | `").append(scale.name().toLowerCase(Locale.ROOT)).append("`: ").append(scale.rounds)
                .append(" rounds; ").append(rows).append(" rows per round (raw insert: ")
                .append(rows * 10).append("); ").append(String.format(Locale.ROOT, "%,d", scale.subjects))
                .append(" subjects and ").append(String.format(Locale.ROOT, "%,d", scale.events))
                .append(" events loaded for replay and reads |\n");
        md.append("| Seed | ").append(seed).append(" |\n");
        md.append("| CPU | ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores |\n");
        md.append("| Memory | ").append(machine.memory()).append(" |\n");
        md.append("| OS | ").append(machine.os()).append(" |\n");
        md.append("| JDK | ").append(machine.jdk()).append(" |\n");
        md.append("| Load average (1, 5, 15 min) | at the start ").append(machine.load()).append(", at the end ")
                .append(Machine.loadNow()).append(" (other work on the machine) |\n");
        md.append("| PostgreSQL | ").append(machine.postgres()).append(" |\n\n");
        md.append("The ledger, its database and the load generators share the machine: every number includes the "
                + "load generator's own CPU, and the tracking processors work in the background during the write "
                + "measurements, as in production.\n\n");
        md.append("## Results\n\n");
        md.append("Throughput per round; median, min and max over the rounds. Latencies of the median round. The "
                + "ratio is the median divided by the median of the raw insert baseline measured in the same run.\n\n");
        md.append(table()).append('\n');
        for (Map.Entry<String, String> section : sections.entrySet()) {
            md.append("## ").append(section.getKey()).append("\n\n").append(section.getValue().strip()).append("\n\n");
        }
        return md.toString();
    }

    static String line(Result r) {
        if (!r.measured()) {
            return r.note();
        }
        return String.format(Locale.ROOT, "median %s %s (min %s, max %s)%s; %s", number(r.median()), r.unit(),
                number(r.min()), number(r.max()), r.latency() == null ? ""
                        : ", p50 " + ms(r.latency().p50()) + " ms, p99 " + ms(r.latency().p99()) + " ms", r.note());
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
