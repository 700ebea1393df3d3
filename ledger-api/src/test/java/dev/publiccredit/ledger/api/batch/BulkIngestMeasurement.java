package dev.publiccredit.ledger.api.batch;

import dev.publiccredit.ledger.api.LedgerApplication;
import dev.publiccredit.ledger.api.projection.ProjectionMonitor;
import dev.publiccredit.ledger.api.support.BatchFiles;
import dev.publiccredit.ledger.projections.profile.CreditProfileProjector;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures bulk ingest end to end, side by side with the rate at which the same PostgreSQL takes equivalent rows in
 * batched inserts (docs/ingest.md). Not a test: run it with the test class path, e.g.
 * {@code java -Xmx256m -cp <test class path> dev.publiccredit.ledger.api.batch.BulkIngestMeasurement 100000
 * [--property=value ...]}.
 * It starts the ledger on a fresh embedded PostgreSQL, writes a penalty CSV of N valid rows to a temporary file,
 * inserts N event-shaped rows into a scratch copy of the event table (500 rows per transaction, 4 connections),
 * uploads the file, and waits until the batch has completed and the credit-profile processor has caught up (and then
 * the other processors). It samples the heap every 100 ms: the largest heap in use, and the largest heap left after
 * a collection (the sum of the pools' collection usage), which is what stays flat when nothing is held per row.
 * {@link #run} can be called by other measuring code with a running ledger.
 */
public final class BulkIngestMeasurement {

    /** What one run measured. */
    public record Result(long rows, double batchedInsertRowsPerSecond, double ingestRowsPerSecond,
                         double profileRowsPerSecond, double allProjectionsRowsPerSecond, long maxHeapUsed,
                         long maxHeapAfterGc, long fileBytes, Map<String, Integer> activeStatements) {
    }

    private BulkIngestMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        System.setProperty("axoniq.update-checker.disabled", "true");
        String run = UUID.randomUUID().toString();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--ledger.sweep.enabled=false",
                "--logging.level.root=WARN",
                "--ledger.embedded-postgres.data-directory=target/measure/" + run + "/postgres",
                "--ledger.audit.key-file=target/measure/" + run + "/key",
                "--ledger.batch.spool-directory=target/measure/" + run + "/batches"));
        arguments.addAll(List.of(args).subList(Math.min(1, args.length), args.length)); // further --properties
        ConfigurableApplicationContext context = SpringApplication.run(LedgerApplication.class,
                arguments.toArray(String[]::new));
        try {
            Result result = run(context, rows);
            System.out.printf("""
                            rows                         %d (file %.1f MB)
                            batched INSERT (same DB)     %.0f rows/s
                            batch stored (COMPLETED)     %.0f rows/s
                            end to end, credit-profile   %.0f rows/s  (%.0f%% of batched INSERT)
                            end to end, all projections  %.0f rows/s
                            max heap used                %.1f MB
                            max heap after GC            %.1f MB (max heap %d MB)%n""",
                    result.rows(), result.fileBytes() / 1e6, result.batchedInsertRowsPerSecond(),
                    result.ingestRowsPerSecond(), result.profileRowsPerSecond(),
                    100 * result.profileRowsPerSecond() / result.batchedInsertRowsPerSecond(),
                    result.allProjectionsRowsPerSecond(), result.maxHeapUsed() / 1e6, result.maxHeapAfterGc() / 1e6,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.println("statements seen running in PostgreSQL (samples every 20 ms, top 12):");
            result.activeStatements().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> System.out.printf("%7d  %s%n", e.getValue(), e.getKey()));
        } finally {
            context.close();
        }
    }

    /** Measures {@code rows} rows against the running ledger of {@code context}. */
    public static Result run(ConfigurableApplicationContext context, long rows) throws Exception {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "8080"));
        DataSource dataSource = context.getBean(DataSource.class);
        ProjectionMonitor monitor = context.getBean(ProjectionMonitor.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Path file = Files.createTempFile("bulk-measure", ".csv");
        try {
            writeFile(file, rows);
            double inserts = batchedInserts(dataSource, jdbc, rows);
            HeapSampler heap = new HeapSampler();
            Thread sampler = new Thread(heap, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            StatementSampler statements = new StatementSampler(dataSource);
            Thread statementSampler = new Thread(statements, "statement-sampler");
            statementSampler.setDaemon(true);
            statementSampler.start();
            long start = System.nanoTime();
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/batches"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("upload answered " + accepted.statusCode() + ": " + accepted.body());
            }
            String location = accepted.headers().firstValue("Location").orElseThrow();
            JsonMapper json = JsonMapper.builder().build();
            JsonNode batch;
            do {
                Thread.sleep(100);
                batch = json.readTree(client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + location)).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            } while (batch.get("state").asString().matches("RECEIVED|RUNNING"));
            long stored = System.nanoTime();
            if (!batch.get("state").asString().equals("COMPLETED") || batch.get("rowsStored").asLong() != rows) {
                throw new IllegalStateException("batch did not store every row: " + batch);
            }
            long head = monitor.headPosition();
            while (!monitor.reached(CreditProfileProjector.GROUP, head)) {
                Thread.sleep(20);
            }
            long profile = System.nanoTime();
            while (monitor.states().stream().anyMatch(s -> !monitor.reached(s.name(), head))) {
                Thread.sleep(50);
            }
            long all = System.nanoTime();
            heap.stop = true;
            statements.stop = true;
            sampler.join();
            statementSampler.join();
            return new Result(rows, inserts, perSecond(rows, start, stored), perSecond(rows, start, profile),
                    perSecond(rows, start, all), heap.maxUsed, heap.maxAfterGc, Files.size(file), statements.seen);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double perSecond(long rows, long from, long to) {
        return rows / ((to - from) / 1e9);
    }

    /** N valid penalties, about three per subject, written as they are made. */
    static void writeFile(Path file, long rows) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String run = Long.toString(System.nanoTime(), 36);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(BatchFiles.line(BatchFiles.PENALTY_HEADINGS));
            for (long i = 0; i < rows; i++) {
                Map<String, String> row = BatchFiles.penaltyRow("SAMR-HAIDIAN", "M-" + run + "-" + i,
                        BatchFiles.companyCode(i / 3 + 10_000_000L * (System.identityHashCode(run) % 9)),
                        today.minusDays(i % 5));
                out.write(BatchFiles.line(new ArrayList<>(row.values())));
            }
        }
    }

    /**
     * The rate at which this PostgreSQL takes rows shaped like the event table's (the same columns, indexes and a
     * payload of the size of a penalty's event) in JDBC batches of 500 rows per transaction from 4 connections.
     */
    static double batchedInserts(DataSource dataSource, JdbcClient jdbc, long rows) throws Exception {
        jdbc.sql("DROP TABLE IF EXISTS measure_event_entry").update();
        jdbc.sql("CREATE TABLE measure_event_entry (LIKE domain_event_entry INCLUDING ALL)").update();
        jdbc.sql("ALTER TABLE measure_event_entry ALTER COLUMN global_index DROP DEFAULT").update();
        byte[] payload = new byte[1400];
        java.util.Arrays.fill(payload, (byte) 'x');
        byte[] metaData = new byte[260];
        java.util.Arrays.fill(metaData, (byte) 'm');
        int clients = 4;
        int perTransaction = 500;
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    try (PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO measure_event_entry (global_index, aggregate_identifier, sequence_number,
                                   type, event_identifier, meta_data, payload, payload_revision, payload_type,
                                   time_stamp) VALUES (?, ?, 0, 'CreditRecord', ?, ?, ?, '1',
                                   'dev.publiccredit.ledger.core.record.event.PenaltyRecorded', ?)""")) {
                        long first;
                        while ((first = next.getAndAdd(perTransaction)) < rows) {
                            for (long i = first; i < Math.min(rows, first + perTransaction); i++) {
                                insert.setLong(1, i);
                                insert.setString(2, UUID.randomUUID().toString());
                                insert.setString(3, UUID.randomUUID().toString());
                                insert.setBytes(4, metaData);
                                insert.setBytes(5, payload);
                                insert.setString(6, java.time.Instant.now().toString());
                                insert.addBatch();
                            }
                            insert.executeBatch();
                            connection.commit();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double rate = perSecond(rows, start, System.nanoTime());
        pool.shutdown();
        jdbc.sql("DROP TABLE measure_event_entry").update();
        return rate;
    }

    /** Which statements PostgreSQL is running, sampled every 20 ms from {@code pg_stat_activity}. */
    static final class StatementSampler implements Runnable {
        private final DataSource dataSource;
        volatile boolean stop;
        final Map<String, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();

        StatementSampler(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public void run() {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement("""
                         SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_activity
                         WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'""")) {
                while (!stop) {
                    try (var rs = query.executeQuery()) {
                        while (rs.next()) {
                            seen.merge(rs.getString(1), 1, Integer::sum);
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                seen.put("sampler failed: " + e, 0);
            }
        }
    }

    /** The largest heap in use, and the largest left after a collection, sampled every 100 ms. */
    static final class HeapSampler implements Runnable {
        volatile boolean stop;
        long maxUsed;
        long maxAfterGc;

        @Override
        public void run() {
            List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            while (!stop) {
                maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                long afterGc = 0;
                for (MemoryPoolMXBean pool : pools) {
                    if (pool.getCollectionUsage() != null) {
                        afterGc += pool.getCollectionUsage().getUsed();
                    }
                }
                maxAfterGc = Math.max(maxAfterGc, afterGc);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
