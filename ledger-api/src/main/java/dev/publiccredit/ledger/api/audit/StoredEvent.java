package dev.publiccredit.ledger.api.audit;

import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of {@code domain_event_entry} exactly as stored, and its leaf in the audit log. The canonical bytes are the
 * fields below in this order, each encoded by {@link FieldEncoder}, after the domain tag {@value #LEAF_TAG}; the leaf
 * hash is {@code SHA-256(0x00 || canonical bytes)} (docs/audit.md).
 */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          @Nullable String type, String timeStamp, String payloadType,
                          @Nullable String payloadRevision, byte[] payload, byte @Nullable [] metaData) {

    public static final String LEAF_TAG = "credit-ledger/audit-leaf/v1";

    /** The columns, in the order of the canonical bytes. */
    public static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "type, time_stamp, payload_type, payload_revision, payload, meta_data";

    public static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong("global_index"), row.getString("event_identifier"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                row.getString("time_stamp"), row.getString("payload_type"), row.getString("payload_revision"),
                row.getBytes("payload"), row.getBytes("meta_data"));
    }

    public byte[] canonicalBytes() {
        return new FieldEncoder()
                .text(LEAF_TAG)
                .number(globalIndex)
                .text(eventIdentifier)
                .text(aggregateIdentifier)
                .number(sequenceNumber)
                .text(type)
                .text(timeStamp)
                .text(payloadType)
                .text(payloadRevision)
                .bytes(payload)
                .bytes(metaData)
                .toByteArray();
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(canonicalBytes());
    }
}
