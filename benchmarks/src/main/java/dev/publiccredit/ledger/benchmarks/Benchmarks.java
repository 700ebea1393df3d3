package dev.publiccredit.ledger.benchmarks;

import dev.publiccredit.ledger.api.LedgerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark harness. Starts the ledger in this JVM on a random port with its own embedded PostgreSQL in a fresh
 * data directory, runs every {@link Scenario} in one run, prints the table and writes it to
 * {@code docs/performance.md} (or {@code --output}).
 *
 * <pre>
 * ./mvnw -pl benchmarks -am -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar [--scale smoke|small|full] [--seed N] [--output docs/performance.md]
 *     [--only Scenario,...] [--reads N] [--gbk-rows N]
 * </pre>
 *
 * {@code --reads N} sets the profile reads per round (instead of the scale's): with {@code --scale smoke --only
 * ProfileRead} a quick measurement of the CPU per read.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** The measurements, in the order they run and are reported; the first is the baseline of the ratios. */
    static List<Scenario> scenarios() {
        return List.of(
                new RawInsertScenario(),
                new AxonCommandScenario(),
                new SingleRecordScenario(),
                new BulkPathScenario(),
                new RowFloorScenario(),
                new ReplayScenario(),
                new ProfileReadScenario(),
                new HistoryReadScenario(),
                new StorageScenario(),
                // last: its million rows would otherwise be in the replay, the reads and the bytes per event
                new GbkFileScenario());
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.SMALL;
        long seed = 20261121L;
        Path output = Path.of("docs", "performance.md");
        List<String> only = List.of();
        Long gbkRows = null;
        Integer reads = null;
        Integer rows = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Scale.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--gbk-rows" -> gbkRows = Long.parseLong(args[++i]);
                case "--reads" -> reads = Integer.parseInt(args[++i]);
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --scale smoke|small|full, --seed N, --output FILE, --only Scenario,..., --reads N, "
                        + "--rows N, --gbk-rows N)");
            }
        }
        if (reads != null && reads < 1) {
            throw new IllegalArgumentException("--reads must be at least 1");
        }
        if (rows != null && rows < 1) {
            throw new IllegalArgumentException("--rows must be at least 1");
        }
        Report report = run(scale, seed, only, reads == null ? scale.profileReads : reads,
                rows == null ? scale.rows : rows, gbkRows == null ? scale.gbkRows : gbkRows);
        System.out.println(report.table());
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report.markdown());
        System.out.println("Written to " + output.toAbsolutePath());
        System.exit(0);
    }

    /** One complete run: a fresh ledger and database, every scenario, the report. */
    static Report run(Scale scale, long seed) throws Exception {
        return run(scale, seed, List.of(), scale.profileReads, scale.rows, scale.gbkRows);
    }

    /**
     * A run of the scenarios whose class names start with one of {@code only} (all when empty), with
     * {@code profileReads} reads per round of the profile read, {@code rows} rows per round of the write scenarios
     * (ten times as many for the raw insert and the bulk path) and a GBK penalty file of {@code gbkRows} rows.
     */
    static Report run(Scale scale, long seed, List<String> only, int profileReads, int rows, long gbkRows)
            throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        Path directory = Files.createTempDirectory("ledger-bench-");
        Instant started = Instant.now();
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.dev.publiccredit=INFO",
                "--ledger.embedded-postgres.data-directory=" + directory.resolve("postgres"),
                "--ledger.audit.key-file=" + directory.resolve("audit-signing-key"),
                "--ledger.batch.spool-directory=" + directory.resolve("batches"),
                "--ledger.sweep.enabled=false"));
        arguments.addAll(Bench.clientArguments());
        ConfigurableApplicationContext app = new SpringApplication(LedgerApplication.class)
                .run(arguments.toArray(String[]::new));
        try {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Bench bench = new Bench(app, port, scale, profileReads, rows, new SyntheticData(seed, scale.subjects),
                    new CpuClock(directory.resolve("postgres")), gbkRows);
            Machine machine = Machine.describe(bench);
            List<Result> results = new ArrayList<>();
            for (Scenario scenario : scenarios()) {
                if (!only.isEmpty() && only.stream().noneMatch(scenario.getClass().getSimpleName()::startsWith)) {
                    continue;
                }
                System.out.println("Running: " + scenario.name());
                Result result = scenario.run(bench);
                System.out.println("  " + Report.line(result));
                results.add(result);
            }
            return new Report(scale, rows, seed, only, started, machine, results, bench.sections());
        } finally {
            app.close();
            deleteWorkDirectory(directory, FileSystemUtils::deleteRecursively, Duration.ofSeconds(2));
        }
    }

    /** Deletes a directory with all it holds. */
    @FunctionalInterface
    interface Deletion {
        void delete(Path directory) throws IOException;
    }

    /**
     * Deletes the run's directory, trying again twice after {@code pause}: after a long run the embedded PostgreSQL
     * may still be shutting down (its stop waits 5 s, a checkpoint of several GB takes longer) and removing its own
     * files while the directory is walked. A directory that still cannot be deleted is named on standard error, not
     * thrown: that would lose the report of a run that has finished. Answers whether it was deleted.
     */
    static boolean deleteWorkDirectory(Path directory, Deletion deletion, Duration pause) {
        for (int attempt = 1; ; attempt++) {
            try {
                deletion.delete(directory);
                return true;
            } catch (IOException e) {
                if (attempt == 3) {
                    System.err.println("Could not delete the run's directory " + directory + " (" + e
                            + "); delete it by hand");
                    return false;
                }
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The latencies of the round whose throughput is the median of {@code rounds}. */
    static Result.Latency medianRun(List<Bench.Run> runs, List<Double> rounds) {
        return Result.Latency.of(medianRunOf(runs, rounds).latencies());
    }

    /** The run whose throughput is the median of {@code rounds}. */
    static Bench.Run medianRunOf(List<Bench.Run> runs, List<Double> rounds) {
        double median = Result.median(rounds);
        Bench.Run closest = runs.get(0);
        for (Bench.Run run : runs) {
            if (Math.abs(run.perSecond() - median) < Math.abs(closest.perSecond() - median)) {
                closest = run;
            }
        }
        return closest;
    }
}
