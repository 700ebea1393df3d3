package dev.publiccredit.ledger.benchmarks;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the scenarios share: the ledger running in this JVM (its context, port and database), the synthetic data,
 * the scale, an HTTP client, and a cursor over the submission stream so that every round submits rows never
 * submitted before.
 */
public final class Bench {

    private final ConfigurableApplicationContext app;
    private final int port;
    private final Scale scale;
    private final SyntheticData data;
    private final HttpClient http;
    private final LoadClient load;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong nextRow = new AtomicLong();
    private final CpuClock cpu;
    private final Map<String, String> sections = new LinkedHashMap<>();
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final long gbkRows;
    private final int profileReads;
    private final int rows;
    private volatile boolean projectionsBuilt;

    Bench(ConfigurableApplicationContext app, int port, Scale scale, int profileReads, int rows, SyntheticData data,
          CpuClock cpu, long gbkRows) {
        this.rows = rows;
        this.gbkRows = gbkRows;
        this.cpu = cpu;
        this.profileReads = profileReads;
        this.app = app;
        this.port = port;
        this.scale = scale;
        this.data = data;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.load = new LoadClient(port);
    }

    public ConfigurableApplicationContext app() {
        return app;
    }

    public <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(bean(DataSource.class));
    }

    /** Adds a section (Markdown) to the report, after the table. */
    public void section(String title, String markdown) {
        sections.put(title, markdown);
    }

    Map<String, String> sections() {
        return sections;
    }

    /** CPU used so far by this JVM and the embedded PostgreSQL. */
    public CpuClock.Reading cpu() {
        return cpu.read();
    }

    public Scale scale() {
        return scale;
    }

    /** The rows per round of the write scenarios: the scale's, unless the command line gave another number. */
    public int rows() {
        return rows;
    }

    /** The rows of the GBK penalty file: the scale's, or {@code --gbk-rows}. */
    public long gbkRows() {
        return gbkRows;
    }

    /** The profile reads per round: the scale's, unless the command line gave another number. */
    public int profileReads() {
        return profileReads;
    }

    /** Whether the loaded events' projections were built in this run (by the replay). */
    public boolean hasProjections() {
        return projectionsBuilt;
    }

    void projectionsBuilt() {
        projectionsBuilt = true;
    }

    public SyntheticData data() {
        return data;
    }

    public JsonMapper json() {
        return json;
    }

    /** The first index of {@code count} rows of the submission stream that no one used before. */
    public long takeRows(long count) {
        return nextRow.getAndAdd(count);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The clients the harness registers with the ledger's authorization server: one per role it needs. */
    static List<String> clientArguments() {
        List<String> arguments = new ArrayList<>();
        List<String[]> clients = new ArrayList<>();
        clients.add(new String[] {AUDITOR, "AUDITOR", ""});
        clients.add(new String[] {ADMIN, "ADMIN", ""});
        for (SyntheticData.Department department : SyntheticData.DEPARTMENTS) {
            clients.add(new String[] {departmentClient(department.code()), "DEPARTMENT", department.code()});
        }
        for (int i = 0; i < clients.size(); i++) {
            String prefix = "--ledger.security.clients[" + i + "].";
            arguments.add(prefix + "client-id=" + clients.get(i)[0]);
            arguments.add(prefix + "secret=" + SECRET);
            arguments.add(prefix + "role=" + clients.get(i)[1]);
            if (!clients.get(i)[2].isEmpty()) {
                arguments.add(prefix + "department=" + clients.get(i)[2]);
            }
        }
        return arguments;
    }

    static final String AUDITOR = "bench-auditor";
    static final String ADMIN = "bench-admin";
    private static final String SECRET = "bench-secret";

    /** The client of a department, bound to it. */
    static String departmentClient(String departmentCode) {
        return "bench-" + departmentCode.toLowerCase(java.util.Locale.ROOT);
    }

    /** A bearer token of {@code clientId} (client-credentials grant; kept for the run). */
    public String token(String clientId) {
        return tokens.computeIfAbsent(clientId, id -> {
            try {
                String basic = java.util.Base64.getEncoder().encodeToString(
                        (id + ":" + SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("no token for " + id + ": " + answer.body());
                }
                return json.readTree(answer.body()).get("access_token").asString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** A read as the auditor (as the admin under /api/v1/admin). */
    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET()
                        .header("Authorization", "Bearer " + token(readerOf(path)))
                        .timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Reads are the auditor's, under /api/v1/admin the admin's. */
    private static String readerOf(String path) {
        return path.startsWith("/api/v1/admin/") ? ADMIN : AUDITOR;
    }

    /** A JSON write as the client whose role it is for: the admin under /admin, else the body's department. */
    public HttpResponse<String> post(String path, Object body) throws Exception {
        String text = json.writeValueAsString(body);
        return post(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json",
                writerOf(path, text));
    }

    private String writerOf(String path, String body) {
        if (path.startsWith("/api/v1/admin/")) {
            return ADMIN;
        }
        String department = json.readTree(body).path("sourceDepartment").asString("");
        return department.isEmpty() ? departmentClient(SyntheticData.DEPARTMENTS.get(0).code())
                : departmentClient(department.strip());
    }

    /** {@link #get} on the load generator's own client ({@link LoadClient}), for the measured loops. */
    public LoadClient.Answer read(String path) throws java.io.IOException {
        return load.get(path, token(readerOf(path)));
    }

    /** {@link #post(String, Object)} on the load generator's own client ({@link LoadClient}), for the measured loops. */
    public LoadClient.Answer write(String path, Object body) throws java.io.IOException {
        String text = json.writeValueAsString(body);
        return load.post(path, token(writerOf(path, text)), "application/json",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A raw body of {@code contentType} sent as {@code clientId}. */
    public HttpResponse<String> post(String path, byte[] body, String contentType, String clientId) throws Exception {
        String token;
        try {
            token = token(clientId);
        } catch (IllegalStateException unknownClient) {
            token = token(departmentClient(SyntheticData.DEPARTMENTS.get(0).code()));
        }
        return http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", contentType)
                        .header("Authorization", "Bearer " + token)
                        .header("X-Actor", "bench")
                        .timeout(Duration.ofSeconds(600))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A file on disk as the body (streamed from the file, never held), of {@code contentType}, as {@code clientId}. */
    public HttpResponse<String> postFile(String path, java.nio.file.Path file, String contentType, String clientId)
            throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", contentType)
                        .header("Authorization", "Bearer " + token(clientId))
                        .header("X-Actor", "bench")
                        .timeout(Duration.ofMinutes(30))
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What a task did with one item: its latency is measured around it. */
    public interface Task {
        void run(long item) throws Exception;
    }

    /** The items done, the wall time and each item's latency, with {@code clients} items in flight. */
    public record Run(int items, long nanos, List<Long> latencies) {
        public double perSecond() {
            return items / (nanos / 1e9);
        }
    }

    /** Runs items {@code first .. first + count - 1} on {@code clients} threads, each item timed. */
    public Run concurrently(int clients, long first, int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong next = new AtomicLong(first);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(count));
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (long item = next.getAndIncrement(); item < first + count; item = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        task.run(item);
                        latencies.add(System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Run(count, System.nanoTime() - start, latencies);
    }
}
