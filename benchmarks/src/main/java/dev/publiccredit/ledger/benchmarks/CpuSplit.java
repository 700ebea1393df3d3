package dev.publiccredit.ledger.benchmarks;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.LongAdder;

/**
 * The JVM CPU of a write measurement split by thread, over its recorded rounds: the calling threads' own CPU (the
 * harness's senders: for a command, the whole command, which runs on the sender's thread; for a request, the
 * harness's HTTP client, {@link LoadClient}), the ledger's request threads and the writers storing their records by
 * group commit, the JDK HTTP client's threads (none in the measured loops since they use {@code LoadClient}; counted
 * should any remain), the tracking processors, the JIT compilers and the garbage collector (see {@link ThreadCpu}).
 */
final class CpuSplit {

    private final LongAdder callers = new LongAdder();
    private long callersTotal;
    private final Map<ThreadCpu.Group, Long> groups = new EnumMap<>(ThreadCpu.Group.class);
    private ThreadCpu start = ThreadCpu.snapshot();

    /** Runs one call on the calling thread, counting the CPU it used. */
    <T> T call(Callable<T> call) throws Exception {
        long before = ThreadCpu.current();
        try {
            return call.call();
        } finally {
            callers.add(ThreadCpu.current() - before);
        }
    }

    /** Starts a recorded round (the calls' CPU of an unrecorded one is dropped). */
    void begin() {
        callers.reset();
        start = ThreadCpu.snapshot();
    }

    /** Ends a recorded round. */
    void end() {
        ThreadCpu now = ThreadCpu.snapshot();
        for (ThreadCpu.Group group : ThreadCpu.Group.values()) {
            groups.merge(group, now.since(start, group), Long::sum);
        }
        callersTotal += callers.sumThenReset();
    }

    /** Per item, in µs: {@code ledger request threads 2000, submission writers 400, harness client 900, …}. */
    String perItem(long items, boolean http) {
        return http
                ? String.format(Locale.ROOT, "ledger request threads %d, submission writers %d, harness client %d, "
                        + "tracking processors %d, JIT %d, GC %d", us(items, ThreadCpu.Group.TOMCAT),
                us(items, ThreadCpu.Group.SUBMISSION_WRITERS),
                Math.round((callersTotal + groups.getOrDefault(ThreadCpu.Group.HTTP_CLIENT, 0L)) / 1e3 / items),
                us(items, ThreadCpu.Group.PROCESSORS), us(items, ThreadCpu.Group.JIT), us(items, ThreadCpu.Group.GC))
                : String.format(Locale.ROOT, "command senders %d, tracking processors %d, JIT %d, GC %d",
                Math.round(callersTotal / 1e3 / items), us(items, ThreadCpu.Group.PROCESSORS),
                us(items, ThreadCpu.Group.JIT), us(items, ThreadCpu.Group.GC));
    }

    private long us(long items, ThreadCpu.Group group) {
        return Math.round(groups.getOrDefault(group, 0L) / 1e3 / items);
    }
}
