package dev.publiccredit.ledger.projections.index;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A subject's complete event history, read straight from the event store in global order: every stored event of
 * every record about the subject, with its metadata, exactly as stored.
 */
@Component
public class SubjectEventHistory {

    private final JdbcClient jdbc;

    public SubjectEventHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored event. {@code payload} and {@code metadata} are the stored JSON documents. */
    public record StoredEvent(long globalIndex, String eventId, String type, String payloadType,
                              @Nullable String payloadRevision, String recordId, long sequenceNumber,
                              String timestamp, @JsonRawValue String payload, @JsonRawValue String metadata) {
    }

    public boolean subjectExists(String subjectCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM subject_record_index WHERE subject_code = ?)")
                .param(subjectCode).query(Boolean.class).single();
    }

    public List<StoredEvent> eventsOf(String subjectCode, long afterGlobalIndex, int limit) {
        return jdbc.sql("""
                        SELECT e.global_index, e.event_identifier, e.payload_type, e.payload_revision,
                               e.aggregate_identifier, e.sequence_number, e.time_stamp, e.payload, e.meta_data
                        FROM domain_event_entry e
                        JOIN subject_record_index i ON i.record_id::text = e.aggregate_identifier
                        WHERE i.subject_code = ? AND e.global_index > ?
                        ORDER BY e.global_index
                        LIMIT ?""")
                .params(subjectCode, afterGlobalIndex, limit)
                .query((rs, n) -> {
                    String payloadType = rs.getString("payload_type");
                    byte[] meta = rs.getBytes("meta_data");
                    return new StoredEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                            payloadType.substring(payloadType.lastIndexOf('.') + 1), payloadType,
                            rs.getString("payload_revision"), rs.getString("aggregate_identifier"),
                            rs.getLong("sequence_number"), rs.getString("time_stamp"),
                            new String(rs.getBytes("payload"), StandardCharsets.UTF_8),
                            meta == null ? "{}" : new String(meta, StandardCharsets.UTF_8));
                })
                .list();
    }
}
