package dev.publiccredit.ledger.api.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tables of the audit log (V9): leaves, tree heads and the keys that signed them; and the raw event rows. */
@Component
public class AuditLog {

    /** One leaf of the log. */
    public record Leaf(long leafIndex, long globalIndex, String eventIdentifier, byte[] leafHash) {
    }

    /** A key that has signed tree heads. */
    public record KeyRecord(String keyId, String algorithm, byte[] publicKey, Instant firstUsedAt) {
    }

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored row of the event, as it is in {@code domain_event_entry}. */
    public Optional<StoredEvent> storedEvent(String eventIdentifier) {
        return jdbc.sql("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE event_identifier = ?")
                .param(eventIdentifier)
                .query((rs, n) -> StoredEvent.read(rs))
                .optional();
    }

    public long countStoredEvents(long upTo) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?").param(upTo)
                .query(Long.class).single();
    }

    /** Up to {@code limit} stored rows after {@code afterGlobalIndex} up to {@code upTo}, by global index. */
    public List<StoredEvent> storedEvents(long afterGlobalIndex, long upTo, int limit) {
        return jdbc.sql("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry "
                        + "WHERE global_index > ? AND global_index <= ? ORDER BY global_index LIMIT ?")
                .params(afterGlobalIndex, upTo, limit)
                .query((rs, n) -> StoredEvent.read(rs))
                .list();
    }

    /** Up to {@code limit} leaves for events after {@code afterGlobalIndex} up to {@code upTo}, by global index. */
    public List<Leaf> leavesByGlobalIndex(long afterGlobalIndex, long upTo, int limit) {
        return jdbc.sql("""
                        SELECT leaf_index, global_index, event_identifier, leaf_hash FROM audit_log_leaf
                        WHERE global_index > ? AND global_index <= ? ORDER BY global_index LIMIT ?""")
                .params(afterGlobalIndex, upTo, limit)
                .query((rs, n) -> new Leaf(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)))
                .list();
    }

    public Optional<Leaf> leaf(String eventIdentifier) {
        return jdbc.sql("""
                        SELECT leaf_index, global_index, event_identifier, leaf_hash FROM audit_log_leaf
                        WHERE event_identifier = ?""")
                .param(eventIdentifier)
                .query((rs, n) -> new Leaf(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    /** Appends the next leaf. Fails (and the caller's transaction with it) if the event or its index is logged. */
    public void append(StoredEvent event) {
        jdbc.sql("""
                        INSERT INTO audit_log_leaf (leaf_index, global_index, event_identifier, leaf_hash)
                        SELECT coalesce(max(leaf_index) + 1, 0), ?, ?, ? FROM audit_log_leaf""")
                .params(event.globalIndex(), event.eventIdentifier(), event.leafHash())
                .update();
    }

    /** The number of leaves. */
    public long size() {
        return jdbc.sql("SELECT coalesce(max(leaf_index) + 1, 0) FROM audit_log_leaf").query(Long.class).single();
    }

    /**
     * The hashes of the first {@code size} leaves, in leaf order (all of them, read in one statement, when size is
     * negative). Fails if the leaf indexes have a hole.
     */
    public List<byte[]> leafHashes(long size) {
        List<byte[]> hashes = jdbc.sql("""
                        SELECT leaf_hash FROM audit_log_leaf WHERE ? < 0 OR leaf_index < ? ORDER BY leaf_index""")
                .params(size, size)
                .query((rs, n) -> rs.getBytes(1))
                .list();
        if (size >= 0 && hashes.size() != size) {
            throw new IllegalStateException("the audit log has " + hashes.size() + " leaves below index " + size);
        }
        return hashes;
    }

    public void saveKey(SigningKey key) {
        jdbc.sql("""
                        INSERT INTO audit_signing_key (key_id, algorithm, public_key) VALUES (?, ?, ?)
                        ON CONFLICT (key_id) DO NOTHING""")
                .params(key.keyId(), SigningKey.ALGORITHM, key.publicKey())
                .update();
    }

    public List<KeyRecord> keys() {
        return jdbc.sql("SELECT key_id, algorithm, public_key, first_used_at FROM audit_signing_key "
                        + "ORDER BY first_used_at, key_id")
                .query((rs, n) -> new KeyRecord(rs.getString(1), rs.getString(2), rs.getBytes(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public Optional<KeyRecord> key(String keyId) {
        return keys().stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }

    public void saveHead(TreeHead head) {
        jdbc.sql("""
                        INSERT INTO audit_tree_head (tree_size, root_hash, issued_at, key_id, signature)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(head.treeSize(), head.rootHash(), Timestamp.from(head.issuedAt()), head.keyId(),
                        head.signature())
                .update();
    }

    /** The newest tree head: the largest, and of those the last issued. */
    public Optional<TreeHead> latestHead() {
        return jdbc.sql("""
                        SELECT tree_size, root_hash, issued_at, key_id, signature FROM audit_tree_head
                        ORDER BY tree_size DESC, issued_at DESC, head_id DESC LIMIT 1""")
                .query((rs, n) -> new TreeHead(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getBytes(5)))
                .optional();
    }
}
