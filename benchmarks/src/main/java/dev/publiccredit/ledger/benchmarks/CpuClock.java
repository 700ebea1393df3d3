package dev.publiccredit.ledger.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by the embedded PostgreSQL (its postmaster and every process under it, live or
 * ended), so that a measurement can say what it cost in CPU, whatever else the machine was doing.
 */
record CpuClock(Path postgresDataDirectory) {

    record Reading(long jvmNanos, long postgresNanos) {
        Reading minus(Reading before) {
            return new Reading(jvmNanos - before.jvmNanos, postgresNanos - before.postgresNanos);
        }

        Reading plus(Reading other) {
            return new Reading(jvmNanos + other.jvmNanos, postgresNanos + other.postgresNanos);
        }

        /** {@code "JVM 120 µs, PostgreSQL 80 µs"}: the CPU per item of {@code items}. */
        String perItem(long items) {
            return "JVM " + Math.round(jvmNanos / 1e3 / items) + " µs, PostgreSQL "
                    + Math.round(postgresNanos / 1e3 / items) + " µs";
        }

        /** As {@link #perItem(long)}, with how the JVM's CPU splits ({@link CpuSplit#perItem}) after it. */
        String perItem(long items, String jvmSplit) {
            return "JVM " + Math.round(jvmNanos / 1e3 / items) + " µs (" + jvmSplit + "), PostgreSQL "
                    + Math.round(postgresNanos / 1e3 / items) + " µs";
        }
    }

    Reading read() {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Reading(jvm, postgres());
    }

    /** Clock ticks per second of {@code /proc/<pid>/stat} ({@code USER_HZ}: 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    /**
     * The CPU of the live processes, plus what the postmaster's ended children used ({@code cutime} and {@code cstime}
     * of {@code /proc/<postmaster>/stat}): a backend whose connection closed, an autovacuum worker that finished.
     * Without the ended ones, a process that ends between two readings takes its CPU out of the sum, and a round
     * could show less than nothing.
     */
    private long postgres() {
        try {
            long pid = Long.parseLong(Files.readAllLines(postgresDataDirectory.resolve("postmaster.pid")).get(0).strip());
            long live = ProcessHandle.of(pid).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
            return live + endedChildren(pid);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long endedChildren(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.isReadable(stat)) {
            return 0;
        }
        String line = Files.readString(stat);
        // after the command name in parentheses: state is field 3, cutime 16 and cstime 17 (proc(5))
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }
}
