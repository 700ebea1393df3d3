package dev.publiccredit.ledger.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * The live heap of this JVM (the ledger runs in it) while something runs: a sampler thread forces a full collection
 * ({@link System#gc()}) every interval and reads the heap in use right after it ({@code MemoryMXBean}); the peak is
 * kept. One sample is taken at the start and one at {@link #close()}.
 *
 * <p>Why forced collections: a claim that memory stays flat as files grow is about what the ledger holds (its live
 * set), and only a full collection leaves exactly that. The figures that cost nothing, the heap after each collection
 * from GC notifications or a pool's {@code getCollectionUsage()}, mostly follow young collections, after which G1's
 * old generation still holds garbage until a concurrent cycle reclaims it: their peak depends on when such a cycle
 * ran and on the heap size, not on the file. The price is one full pause per interval, which every rate measured
 * meanwhile includes. Where the JVM ignores {@code System.gc()} ({@code -XX:+DisableExplicitGC}) or makes it
 * concurrent, the samples are not after a full collection, and {@link #fullCollections()} says so.
 */
final class LiveHeap implements AutoCloseable {

    private final Thread sampler;
    private final long first;
    private long peak;
    private int samples;
    private volatile boolean stopped;

    private LiveHeap(Duration interval) {
        first = sample();
        sampler = new Thread(() -> {
            while (!stopped) {
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                sample();
            }
        }, "live-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Samples from now on, every {@code interval}. */
    static LiveHeap start(Duration interval) {
        return new LiveHeap(interval);
    }

    /** True unless the JVM's options turn {@code System.gc()} off or into a concurrent cycle. */
    static boolean fullCollections() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(a -> a.contains("DisableExplicitGC") || a.contains("ExplicitGCInvokesConcurrent"));
    }

    private synchronized long sample() {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peak = Math.max(peak, used);
        samples++;
        return used;
    }

    /** The live heap when sampling started, in bytes. */
    long first() {
        return first;
    }

    /** The largest live heap sampled, in bytes. */
    synchronized long peak() {
        return peak;
    }

    synchronized int samples() {
        return samples;
    }

    /** Stops the sampler and takes the last sample; once. */
    @Override
    public void close() throws InterruptedException {
        if (stopped) {
            return;
        }
        stopped = true;
        sampler.interrupt();
        sampler.join();
        sample();
    }
}
