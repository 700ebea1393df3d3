package dev.publiccredit.ledger.benchmarks;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a scenario measured: the throughput of each round (items per second, items being rows, commands, requests or
 * events), the latencies of the median round if it measured them, and a note (what was counted, refusals, errors).
 * A scenario that could not run reports {@link #notMeasured}.
 */
public record Result(String name, String unit, List<Double> rounds, @Nullable Latency latency, String note) {

    /** Latency percentiles in milliseconds. */
    public record Latency(double p50, double p99, double max) {
        static Latency of(List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return new Latency(percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6,
                    sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6);
        }
    }

    public static Result notMeasured(String name, String reason) {
        return new Result(name, "", List.of(), null, "not measured: " + reason);
    }

    public boolean measured() {
        return !rounds.isEmpty();
    }

    public double median() {
        return median(rounds);
    }

    public double min() {
        return rounds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double max() {
        return rounds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
