package dev.publiccredit.ledger.api.batch;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The batch table (V20): one row per upload with its progress, and the rows of its error report. */
@Component
class Batches {

    enum State { RECEIVED, RUNNING, COMPLETED, FAILED }

    /** A batch as stored. */
    record Batch(UUID id, State state, String format, String layout, String encoding, @Nullable String fileName,
                 long fileBytes, long fileRows, String spoolPath, String requestId, String actor, long bytesRead,
                 long rowsRead, long rowsStored, long rowsRejected, long rowsDuplicate, Instant receivedAt,
                 @Nullable Instant startedAt, @Nullable Instant finishedAt, Instant updatedAt,
                 @Nullable String failure) {
    }

    /** Counts so far. */
    record Progress(long bytesRead, long rowsRead, long rowsStored, long rowsRejected, long rowsDuplicate) {
    }

    /** One line of the error report: the {@code seq}th violation of row {@code row}. */
    record RowError(long row, int seq, String field, String reason) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Batches(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(UUID id, BatchFile file, @Nullable String fileName, String owner, String requestId, String actor,
                Instant now) {
        jdbc.sql("""
                        INSERT INTO ingest_batch (batch_id, state, format, layout, encoding, file_name, file_bytes,
                               file_rows, spool_path, owner, request_id, actor, received_at, updated_at)
                        VALUES (?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, file.format().name(), file.layout() == null ? "JSONL" : file.layout().name(),
                        file.encoding(), fileName, file.bytes(), file.rows(), file.path().toString(), owner,
                        requestId, actor, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    Optional<Batch> find(UUID id) {
        return jdbc.sql("SELECT * FROM ingest_batch WHERE batch_id = ?").param(id).query(Batches::read).optional();
    }

    void started(UUID id, Instant now) {
        jdbc.sql("UPDATE ingest_batch SET state = 'RUNNING', started_at = ?, updated_at = ? WHERE batch_id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), id).update();
    }

    /**
     * Records the progress of a running batch, and that every unfinished batch of this instance is alive (a batch
     * waiting in the queue has no progress of its own).
     */
    void progress(UUID id, Progress p, String owner, Instant now) {
        jdbc.sql("""
                        UPDATE ingest_batch SET bytes_read = ?, rows_read = ?, rows_stored = ?, rows_rejected = ?,
                               rows_duplicate = ?, updated_at = ?
                        WHERE batch_id = ?""")
                .params(p.bytesRead(), p.rowsRead(), p.rowsStored(), p.rowsRejected(), p.rowsDuplicate(),
                        Timestamp.from(now), id).update();
        jdbc.sql("UPDATE ingest_batch SET updated_at = ? WHERE owner = ? AND state = 'RECEIVED'")
                .params(Timestamp.from(now), owner).update();
    }

    void finished(UUID id, State state, Progress p, @Nullable String failure, Instant now) {
        jdbc.sql("""
                        UPDATE ingest_batch SET state = ?, bytes_read = ?, rows_read = ?, rows_stored = ?,
                               rows_rejected = ?, rows_duplicate = ?, failure = ?, finished_at = ?, updated_at = ?
                        WHERE batch_id = ?""")
                .params(state.name(), p.bytesRead(), p.rowsRead(), p.rowsStored(), p.rowsRejected(),
                        p.rowsDuplicate(), failure, Timestamp.from(now), Timestamp.from(now), id).update();
    }

    /**
     * Marks as FAILED the unfinished batches that made no progress for {@code staleAfter}: their instance stopped
     * or crashed while they waited or ran. Answers how many.
     */
    int failStale(Duration staleAfter, Instant now) {
        return jdbc.sql("""
                        UPDATE ingest_batch SET state = 'FAILED', finished_at = ?, updated_at = ?,
                               failure = 'interrupted: the ledger stopped while the batch waited or ran. Records '
                                         || 'stored before are kept; upload the file again to store the rest '
                                         || '(records already stored count as duplicates).'
                        WHERE state IN ('RECEIVED', 'RUNNING') AND updated_at < ?""")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.minus(staleAfter)))
                .update();
    }

    void addErrors(UUID id, List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        List<Object[]> rows = errors.stream()
                .map(e -> new Object[] {id, e.row(), e.seq(), e.field(), e.reason()}).toList();
        template.batchUpdate("""
                INSERT INTO ingest_batch_error (batch_id, row_number, seq, field, reason) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", rows);
    }

    /** Up to {@code limit} errors after {@code (afterRow, afterSeq)}, in row order. */
    List<RowError> errors(UUID id, long afterRow, int afterSeq, int limit) {
        return jdbc.sql("""
                        SELECT row_number, seq, field, reason FROM ingest_batch_error
                        WHERE batch_id = ? AND (row_number, seq) > (?, ?) ORDER BY row_number, seq LIMIT ?""")
                .params(id, afterRow, afterSeq, limit)
                .query((rs, n) -> new RowError(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    private static Batch read(ResultSet rs, int n) throws SQLException {
        return new Batch(rs.getObject("batch_id", UUID.class), State.valueOf(rs.getString("state")),
                rs.getString("format"), rs.getString("layout"), rs.getString("encoding"), rs.getString("file_name"),
                rs.getLong("file_bytes"), rs.getLong("file_rows"), rs.getString("spool_path"),
                rs.getString("request_id"), rs.getString("actor"), rs.getLong("bytes_read"), rs.getLong("rows_read"),
                rs.getLong("rows_stored"), rs.getLong("rows_rejected"), rs.getLong("rows_duplicate"),
                instant(rs, "received_at"), instantOrNull(rs, "started_at"), instantOrNull(rs, "finished_at"),
                instant(rs, "updated_at"), rs.getString("failure"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
