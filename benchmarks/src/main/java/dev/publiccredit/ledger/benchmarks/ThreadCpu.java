package dev.publiccredit.ledger.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by name, to split a measurement's JVM CPU between the ledger's request threads, the
 * harness's HTTP client, the tracking processors, the JIT compilers and the garbage collector. Read from
 * {@code /proc/self/task} (Linux; the JVM names its native threads, cut to 15 characters), in clock ticks of 10 ms:
 * meant for measurements of seconds.
 * A thread that ends between two snapshots is not counted. Elsewhere every group reads 0.
 */
final class ThreadCpu {

    private static final long NANOS_PER_TICK = 10_000_000L;

    /** Thread groups by the start of their (cut) names. */
    enum Group {
        TOMCAT("http-nio-"), SUBMISSION_WRITERS("submit-writer-"), HTTP_CLIENT("HttpClient-"),
        PROCESSORS("EventProcessor["),
        JIT("C1 CompilerThre", "C2 CompilerThre"),
        GC("GC Thread", "G1 ", "VM Thread");

        private final List<String> prefixes;

        Group(String... prefixes) {
            this.prefixes = List.of(prefixes);
        }

        boolean has(String thread) {
            return prefixes.stream().anyMatch(thread::startsWith);
        }
    }

    private final Map<String, Long> ticks;
    private final Map<String, String> names;

    private ThreadCpu(Map<String, Long> ticks, Map<String, String> names) {
        this.ticks = ticks;
        this.names = names;
    }

    static ThreadCpu snapshot() {
        Map<String, Long> ticks = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // pid (comm) state ppid ... utime stime: fields 14 and 15, counted after the closing parenthesis
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks.put(task.getFileName().toString(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    names.put(task.getFileName().toString(), stat.substring(open + 1, close));
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while being read
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // no /proc: nothing to split
        }
        return new ThreadCpu(ticks, names);
    }

    /** The CPU the threads of {@code group} used since {@code before}, in nanoseconds. */
    long since(ThreadCpu before, Group group) {
        long used = 0;
        for (Map.Entry<String, Long> thread : ticks.entrySet()) {
            if (group.has(names.get(thread.getKey()))) {
                used += thread.getValue() - before.ticks.getOrDefault(thread.getKey(), 0L);
            }
        }
        return used * NANOS_PER_TICK;
    }

    /** CPU used so far by the calling thread, in nanoseconds. */
    static long current() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
