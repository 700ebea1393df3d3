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
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicLong nextRow = new AtomicLong();
    private final CpuClock cpu;
    private final Map<String, String> sections = new LinkedHashMap<>();

    Bench(ConfigurableApplicationContext app, int port, Scale scale, SyntheticData data, CpuClock cpu) {
        this.cpu = cpu;
        this.app = app;
        this.port = port;
        this.scale = scale;
        this.data = data;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
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

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Object body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .header("X-Actor", "bench")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
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
