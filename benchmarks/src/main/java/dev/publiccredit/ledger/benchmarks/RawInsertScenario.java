package dev.publiccredit.ledger.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The floor to compare with: plain batched JDBC inserts of the very rows the event store would hold (the serialized
 * events with their metadata) into a table shaped like {@code domain_event_entry} (same columns, same keys and
 * unique indexes), batches of 1000 rows per transaction, {@code reWriteBatchedInserts}, two writers.
 * The rows are made before the clock starts.
 */
final class RawInsertScenario implements Scenario {

    static final int BATCH = 1000;
    static final int WRITERS = 2;

    @Override
    public String name() {
        return "Raw batched JDBC insert (event-shaped rows, 1000/batch, 2 writers)";
    }

    @Override
    public Result run(Bench bench) throws Exception {
        String url = bench.bean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres")
                + "&reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("""
                    CREATE TABLE IF NOT EXISTS bench_raw_event (
                        global_index BIGSERIAL PRIMARY KEY, aggregate_identifier VARCHAR(255) NOT NULL,
                        sequence_number BIGINT NOT NULL, type VARCHAR(255), event_identifier VARCHAR(255) NOT NULL,
                        meta_data BYTEA, payload BYTEA NOT NULL, payload_revision VARCHAR(255),
                        payload_type VARCHAR(255) NOT NULL, time_stamp VARCHAR(255) NOT NULL,
                        UNIQUE (aggregate_identifier, sequence_number), UNIQUE (event_identifier))""");
        }
        EventRows events = new EventRows(bench);
        int rows = bench.rows() * 10;
        List<Double> rounds = new ArrayList<>();
        long postgresNanos = 0;
        for (int round = 0; round < bench.scale().rounds; round++) {
            List<EventRows.EventRow> made = new ArrayList<>(rows);
            long first = bench.takeRows(rows);
            Instant now = Instant.now();
            for (long i = first; made.size() < rows; i++) {
                made.add(events.recorded(bench.data().validRow(i, i % bench.data().subjects()), now));
            }
            BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                Connection connection = DriverManager.getConnection(url);
                connection.setAutoCommit(false);
                connections.add(connection);
            }
            CpuClock.Reading before = bench.cpu();
            try {
                Bench.Run run = bench.concurrently(WRITERS, 0, rows / BATCH, batch -> {
                    Connection connection = connections.take();
                    try {
                        insert(connection, made, (int) batch);
                    } finally {
                        connections.add(connection);
                    }
                });
                rounds.add(rows / (run.nanos() / 1e9));
                postgresNanos += bench.cpu().minus(before).postgresNanos();
            } finally {
                for (Connection connection : connections) {
                    connection.close();
                }
            }
        }
        return new Result(name(), "rows/s", rounds, null, rows + " rows per round; CPU per row: PostgreSQL "
                + Math.round(postgresNanos / 1e3 / ((long) rows * bench.scale().rounds)) + " µs");
    }

    private static void insert(Connection c, List<EventRows.EventRow> rows, int batch) throws Exception {
        {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO bench_raw_event (aggregate_identifier, sequence_number, type, event_identifier,
                           meta_data, payload, payload_revision, payload_type, time_stamp)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (EventRows.EventRow row : rows.subList(batch * BATCH, (batch + 1) * BATCH)) {
                    insert.setString(1, row.aggregateId());
                    insert.setLong(2, row.sequence());
                    insert.setString(3, row.type());
                    insert.setString(4, row.eventId());
                    insert.setBytes(5, row.metaData());
                    insert.setBytes(6, row.payload());
                    insert.setString(7, row.payloadRevision());
                    insert.setString(8, row.payloadType());
                    insert.setString(9, row.timestamp());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }
}
