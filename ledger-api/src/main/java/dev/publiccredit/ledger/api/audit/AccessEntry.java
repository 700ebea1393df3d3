package dev.publiccredit.ledger.api.audit;

import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * One row of {@code access_log} (the query log) exactly as stored, and its leaf in the audit log. The canonical bytes
 * are the domain tag {@value #LEAF_TAG}, then the columns in the order of {@link #COLUMNS}, each encoded by
 * {@link FieldEncoder}; {@code accessed_at} as a number, microseconds since the epoch (PostgreSQL's precision). The
 * leaf hash is {@code SHA-256(0x00 || canonical bytes)} (docs/audit.md). The tag differs from an event leaf's, so no
 * entry's bytes can be taken for an event's.
 */
public record AccessEntry(long entryId, long accessedAtMicros, String clientId, String actor, String role,
                          @Nullable String department, String subjectCode, String view, @Nullable String resource,
                          @Nullable String purpose, @Nullable String authorisationId, String requestId) {

    public static final String LEAF_TAG = "credit-ledger/access-leaf/v1";

    /** The columns, in the order of the canonical bytes. */
    public static final String COLUMNS = "entry_id, accessed_at, client_id, actor, role, department, subject_code, "
            + "view, resource, purpose, authorisation_id, request_id";

    public static AccessEntry read(ResultSet row) throws SQLException {
        var accessedAt = row.getObject("accessed_at", OffsetDateTime.class).toInstant();
        long micros = Math.addExact(Math.multiplyExact(accessedAt.getEpochSecond(), 1_000_000L),
                accessedAt.getNano() / 1_000L);
        return new AccessEntry(row.getLong("entry_id"), micros, row.getString("client_id"), row.getString("actor"),
                row.getString("role"), row.getString("department"), row.getString("subject_code"),
                row.getString("view"), row.getString("resource"), row.getString("purpose"),
                row.getString("authorisation_id"), row.getString("request_id"));
    }

    public byte[] canonicalBytes() {
        return new FieldEncoder()
                .text(LEAF_TAG)
                .number(entryId)
                .number(accessedAtMicros)
                .text(clientId)
                .text(actor)
                .text(role)
                .text(department)
                .text(subjectCode)
                .text(view)
                .text(resource)
                .text(purpose)
                .text(authorisationId)
                .text(requestId)
                .toByteArray();
    }

    public byte[] leafHash() {
        return MerkleTree.leafHash(canonicalBytes());
    }
}
