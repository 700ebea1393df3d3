package dev.publiccredit.ledger.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by the embedded PostgreSQL (its postmaster and every process under it), so
 * that a measurement can say what it cost in CPU, whatever else the machine was doing.
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

    private long postgres() {
        try {
            long pid = Long.parseLong(Files.readAllLines(postgresDataDirectory.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
