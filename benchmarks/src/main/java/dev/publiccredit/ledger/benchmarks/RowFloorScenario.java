package dev.publiccredit.ledger.benchmarks;

import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.projections.profile.CreditProfileProjector;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * What PostgreSQL alone needs for the rows a new record makes, the floor under the bulk path: the rows the ledger
 * stored for the records stored last, the bulk path's when it runs just before (the event, its audit leaf, its rows
 * in the six projection tables keyed by record, its subject's row), are read out beforehand, then written into empty copies of those tables (same columns, keys and
 * indexes) by {@code COPY}, the subjects' rows by the ledger's upsert, 1000 records a transaction, two writers, as
 * the raw insert baseline. No parsing, validation, serialization, projection code or event reading: the ratio of this
 * rate to the raw insert's is the most the ledger's bulk path could reach with these tables.
 */
final class RowFloorScenario implements Scenario {

    static final int BATCH = 1000;
    static final int WRITERS = 2;
    static final String SCHEMA = "bench_floor";
    static final String PROJECTIONS_SCHEMA = "bench_floor_projections";
    /** The tables before it hold the event and its audit leaf; a rebuild writes the ones from it on. */
    private static final int FIRST_PROJECTION = 2;
    private static final String RECORDS = "aggregate_identifier = ANY(%s) AND sequence_number = 0";
    /** Each table, and the rows of the records {@code %s} (an array literal of record ids) in it. */
    private static final List<String[]> TABLES = List.of(
            new String[]{"domain_event_entry", "SELECT * FROM domain_event_entry WHERE " + RECORDS},
            new String[]{"audit_log_leaf", "SELECT l.* FROM audit_log_leaf l JOIN domain_event_entry e"
                    + " ON e.global_index = l.global_index WHERE e.aggregate_identifier = ANY(%s)"
                    + " AND e.sequence_number = 0"},
            new String[]{"subject_record_index", "SELECT * FROM subject_record_index WHERE record_id = ANY(%s::uuid[])"},
            new String[]{"credit_profile_record",
                    "SELECT * FROM credit_profile_record WHERE record_id = ANY(%s::uuid[])"},
            new String[]{"disclosure_state", "SELECT * FROM disclosure_state WHERE record_id = ANY(%s::uuid[])"},
            new String[]{"disclosure_history_entry", "SELECT DISTINCT ON (record_id) * FROM disclosure_history_entry"
                    + " WHERE record_id = ANY(%s::uuid[]) ORDER BY record_id, entry_no"},
            new String[]{"department_record", "SELECT * FROM department_record WHERE record_id = ANY(%s::uuid[])"},
            new String[]{"publicity_expiry", "SELECT * FROM publicity_expiry WHERE record_id = ANY(%s::uuid[])"});
    private static final String SUBJECTS = """
            SELECT * FROM credit_profile_subject WHERE subject_code IN (
                SELECT subject_code FROM subject_record_index WHERE record_id = ANY(%s::uuid[]))""";
    /** The subjects' rows as the profile's projector writes them, into the copy in the schema {@code %s}. */
    private static final String UPSERT = "INSERT INTO %s.credit_profile_subject SELECT * FROM floor_subject "
            + CreditProfileProjector.SUBJECT_ON_CONFLICT;

    @Override
    public String name() {
        return "PostgreSQL floor: a stored record's rows (event, audit leaf, projections) by COPY into empty copies "
                + "of their tables (1000 records/transaction, 2 writers)";
    }

    @Override
    public Result run(Bench bench) throws Exception {
        int perRound = bench.rows() * 10;
        int batch = Math.min(BATCH, perRound);
        JdbcClient jdbc = bench.jdbc();
        List<String> records = jdbc.sql("""
                        SELECT aggregate_identifier FROM domain_event_entry
                        WHERE sequence_number = 0 AND payload_type IN (?, ?) ORDER BY global_index DESC LIMIT ?""")
                .params(PenaltyRecorded.class.getName(), LicenceRecorded.class.getName(),
                        perRound * bench.scale().rounds)
                .query(String.class).list();
        int rounds = records.size() / perRound;
        if (rounds == 0) {
            return Result.notMeasured(name(), "needs " + perRound + " stored records (run it with BulkPath before),"
                    + " found " + records.size());
        }
        String url = bench.bean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
        createCopies(jdbc, url, SCHEMA);
        createCopies(jdbc, url, PROJECTIONS_SCHEMA);
        List<Double> rates = new ArrayList<>();
        List<Double> projectionRates = new ArrayList<>();
        long postgresNanos = 0;
        long projectionNanos = 0;
        try {
            for (int round = 0; round < rounds; round++) {
                List<byte[][]> batches = readOut(url, records.subList(round * perRound, (round + 1) * perRound),
                        batch);
                CpuClock.Reading before = bench.cpu();
                rates.add(perRound / (copyIn(bench, url, SCHEMA, batches, 0) / 1e9));
                postgresNanos += bench.cpu().minus(before).postgresNanos();
                before = bench.cpu();
                projectionRates.add(perRound / (copyIn(bench, url, PROJECTIONS_SCHEMA, batches, FIRST_PROJECTION)
                        / 1e9));
                projectionNanos += bench.cpu().minus(before).postgresNanos();
            }
            long expected = (long) perRound * rounds;
            for (String schema : List.of(SCHEMA, PROJECTIONS_SCHEMA)) {
                long copied = jdbc.sql("SELECT count(*) FROM " + schema + ".credit_profile_record")
                        .query(Long.class).single();
                if (copied != expected) {
                    throw new IllegalStateException(schema + ": " + copied + " records copied, " + expected
                            + " expected");
                }
            }
            for (String table : List.of("domain_event_entry", "audit_log_leaf")) {
                long copied = jdbc.sql("SELECT count(*) FROM " + SCHEMA + "." + table).query(Long.class).single();
                if (copied != expected) {
                    throw new IllegalStateException(table + ": " + copied + " rows copied, " + expected + " expected");
                }
            }
        } finally {
            jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
            jdbc.sql("DROP SCHEMA IF EXISTS " + PROJECTIONS_SCHEMA + " CASCADE").update();
        }
        long total = (long) perRound * rounds;
        return new Result(name(), "records/s", rates, null, String.format(Locale.ROOT,
                "%d records per round (%d round(s)), their rows read out beforehand from the records stored last"
                        + " (the bulk path's): per record the event, its audit leaf, %d projection rows and the subject's"
                        + " upsert; CPU per record: PostgreSQL %d µs; the projection rows and subject upserts alone"
                        + " (what a rebuild writes), the same way: median %,.0f records/s, PostgreSQL %d µs per"
                        + " record", perRound, rounds, TABLES.size() - FIRST_PROJECTION,
                Math.round(postgresNanos / 1e3 / total), Result.median(projectionRates),
                Math.round(projectionNanos / 1e3 / total)));
    }

    /** Empty copies of the tables in {@code schema}: same columns, constraints, indexes and storage parameters. */
    private static void createCopies(JdbcClient jdbc, String url, String schema) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
            for (String table : tableNames()) {
                s.execute("CREATE TABLE " + schema + "." + table + " (LIKE public." + table
                        + " INCLUDING CONSTRAINTS INCLUDING INDEXES INCLUDING STORAGE)");
                String options = jdbc.sql("""
                                SELECT array_to_string(reloptions, ', ') FROM pg_class
                                WHERE oid = ('public.' || ?)::regclass AND reloptions IS NOT NULL""")
                        .param(table).query(String.class).optional().orElse(null);
                if (options != null) {
                    s.execute("ALTER TABLE " + schema + "." + table + " SET (" + options + ")");
                }
            }
        }
    }

    /** The rows of the records, a batch of records at a time: per table, in {@code COPY}'s text format. */
    private static List<byte[][]> readOut(String url, List<String> records, int batch) throws Exception {
        List<byte[][]> batches = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url)) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < records.size(); from += batch) {
                String ids = "'{" + String.join(",", records.subList(from, Math.min(records.size(), from + batch)))
                        + "}'";
                byte[][] tables = new byte[TABLES.size() + 1][];
                for (int t = 0; t < TABLES.size(); t++) {
                    tables[t] = copiedOut(copy, TABLES.get(t)[1].formatted(ids));
                }
                tables[TABLES.size()] = copiedOut(copy, SUBJECTS.formatted(ids));
                batches.add(tables);
            }
        }
        return batches;
    }

    /** Writes the batches into the copies in {@code schema}, from table {@code first} on; answers the wall time. */
    private static long copyIn(Bench bench, String url, String schema, List<byte[][]> batches, int first)
            throws Exception {
        BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(WRITERS);
        try {
            for (int w = 0; w < WRITERS; w++) {
                Connection connection = DriverManager.getConnection(url);
                connections.add(connection);
                try (Statement s = connection.createStatement()) {
                    s.execute("CREATE TEMPORARY TABLE floor_subject (LIKE public.credit_profile_subject)"
                            + " ON COMMIT DELETE ROWS");
                }
                connection.setAutoCommit(false);
            }
            return bench.concurrently(WRITERS, 0, batches.size(), b -> {
                Connection connection = connections.take();
                try {
                    write(connection, schema, batches.get((int) b), first);
                } finally {
                    connections.add(connection);
                }
            }).nanos();
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static List<String> tableNames() {
        List<String> names = new ArrayList<>(TABLES.stream().map(t -> t[0]).toList());
        names.add("credit_profile_subject");
        return names;
    }

    private static byte[] copiedOut(CopyManager copy, String query) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy.copyOut("COPY (" + query + ") TO STDOUT", out);
        return out.toByteArray();
    }

    private static void write(Connection c, String schema, byte[][] tables, int first) throws Exception {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (int t = first; t < TABLES.size(); t++) {
            copy.copyIn("COPY " + schema + "." + TABLES.get(t)[0] + " FROM STDIN", new ByteArrayInputStream(tables[t]));
        }
        copy.copyIn("COPY floor_subject FROM STDIN", new ByteArrayInputStream(tables[TABLES.size()]));
        try (Statement s = c.createStatement()) {
            s.execute(UPSERT.formatted(schema));
        }
        c.commit();
    }
}
