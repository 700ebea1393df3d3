package dev.publiccredit.ledger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine a run was measured on: CPU, memory, OS, JDK and PostgreSQL. */
record Machine(String cpu, int cores, String memory, String os, String jdk, String postgres, String load) {

    static Machine describe(Bench bench) {
        List<String> cpuinfo = lines("/proc/cpuinfo");
        String cpu = cpuinfo.stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        String memory = lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> String.format(Locale.ROOT, "%.1f GiB",
                        Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("unknown");
        String postgres = bench.jdbc().sql("""
                        SELECT regexp_replace(version(), ' on .*', '')
                            || ' (embedded, fresh data directory, fsync and synchronous_commit on, shared_buffers '
                            || current_setting('shared_buffers') || ', max_wal_size '
                            || current_setting('max_wal_size') || ')'""").query(String.class).single();
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                postgres, loadNow());
    }

    /** The load averages (1, 5, 15 minutes): other work on the machine while it was measured. */
    static String loadNow() {
        List<String> loadavg = lines("/proc/loadavg");
        return loadavg.isEmpty() ? "unknown" : String.join(" ", List.of(loadavg.get(0).split(" ")).subList(0, 3));
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
