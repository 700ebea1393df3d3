package dev.publiccredit.ledger.benchmarks;

import java.util.Locale;

/**
 * Warms a path up until the JIT compilers are done with it, so that the rounds measured afterwards are the steady
 * state of both sides of a comparison: batches, at least two, until the compilers used less than an eighth of the
 * JVM's CPU in a batch, at most {@code maxBatches}. A longer path (HTTP, security, JSON, the ledger's own code)
 * takes more batches than a short one.
 */
final class JitWarmUp {

    /** One batch of the path; {@code index} counts the batches from 0. */
    interface Batch {
        void run(int index) throws Exception;
    }

    private JitWarmUp() {
    }

    /** The items the warm-up ran, and the share of the JVM's CPU the JIT used in its last batch. */
    record Outcome(long items, double jitShare) {

        /** For a result's notes: {@code 12,000 unrecorded requests of JIT warm-up (the JIT 9% of the JVM's CPU at its end)}. */
        String describe(String items) {
            return String.format(Locale.ROOT, "%,d unrecorded %s of JIT warm-up (the JIT %.0f%% of the JVM's CPU at its end)",
                    this.items, items, 100 * jitShare);
        }
    }

    /**
     * Runs batches of {@code size} {@code items} until warm, at most {@code maxBatches}; prints each batch's JIT
     * share.
     */
    static Outcome run(Bench bench, int size, int maxBatches, String items, Batch batch) throws Exception {
        int batches = 0;
        double share = 0;
        while (batches < maxBatches) {
            ThreadCpu threadsBefore = ThreadCpu.snapshot();
            CpuClock.Reading before = bench.cpu();
            batch.run(batches);
            long jvm = bench.cpu().minus(before).jvmNanos();
            long jit = ThreadCpu.snapshot().since(threadsBefore, ThreadCpu.Group.JIT);
            batches++;
            share = (double) jit / Math.max(1, jvm);
            System.out.printf(Locale.ROOT, "  warm-up: %,d %s, the JIT used %.0f%% of the JVM's CPU%n",
                    (long) batches * size, items, 100 * share);
            if (batches >= 2 && jit * 8 < jvm) {
                break;
            }
        }
        return new Outcome((long) batches * size, share);
    }
}
