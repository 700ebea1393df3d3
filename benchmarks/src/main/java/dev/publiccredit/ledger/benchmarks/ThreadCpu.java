package dev.publiccredit.ledger.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this JVM's live threads by name, to split a measurement's JVM CPU between the ledger's request threads
 * and the harness's HTTP client. A thread that ends between two snapshots is not counted.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> nanos;
    private final Map<Long, String> names;

    private ThreadCpu(Map<Long, Long> nanos, Map<Long, String> names) {
        this.nanos = nanos;
        this.names = names;
    }

    static ThreadCpu snapshot() {
        Map<Long, Long> nanos = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long cpu = THREADS.getThreadCpuTime(ids[i]);
            if (infos[i] != null && cpu >= 0) {
                nanos.put(ids[i], cpu);
                names.put(ids[i], infos[i].getThreadName());
            }
        }
        return new ThreadCpu(nanos, names);
    }

    /** The CPU the threads whose names start with {@code prefix} used since {@code before}. */
    long since(ThreadCpu before, String prefix) {
        long used = 0;
        for (Map.Entry<Long, Long> thread : nanos.entrySet()) {
            if (names.get(thread.getKey()).startsWith(prefix)) {
                used += thread.getValue() - before.nanos.getOrDefault(thread.getKey(), 0L);
            }
        }
        return used;
    }

    /** CPU used so far by the calling thread. */
    static long current() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
