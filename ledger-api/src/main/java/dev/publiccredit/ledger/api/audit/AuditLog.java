package dev.publiccredit.ledger.api.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tables of the audit log (V9): leaves, tree heads and the keys that signed them; and the raw event rows. */
@Component
public class AuditLog {

    /** One leaf of the log. */
    public record Leaf(long leafIndex, long globalIndex, String eventIdentifier, byte[] leafHash) {
    }

    /** The leaf of a query-log entry. */
    public record EntryLeaf(long leafIndex, long accessEntryId, byte[] leafHash) {
    }

    /** A purge of the query log by retention: the entries {@code fromEntryId} to {@code toEntryId} are gone. */
    public record Purge(long fromEntryId, long toEntryId, long deleted) {
    }

    /** A key that has signed tree heads. */
    public record KeyRecord(String keyId, String algorithm, byte[] publicKey, Instant firstUsedAt) {
    }

    /**
     * The transaction-scoped advisory lock that keeps the appends to the log serial: both appenders (events and
     * query-log entries) take it before they read {@code max(leaf_index)}.
     */
    public static final long TREE_LOCK = 0x6c65646765720001L;
    /**
     * The advisory lock between writers of query-log entries (shared, until their insert commits) and the appender of
     * their leaves (exclusive, only while it reads the {@link #committedEntryHorizon() horizon}): the appender sees
     * every entry whose id is below the ones it appends.
     */
    public static final long ENTRY_LOCK = 0x6c65646765720002L;

    private static final String INSERT_EVENT_LEAF =
            "INSERT INTO audit_log_leaf (leaf_index, global_index, event_identifier, leaf_hash) VALUES (?, ?, ?, ?)";
    private static final int[] EVENT_LEAF_TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BINARY};
    private static final String INSERT_ENTRY_LEAF =
            "INSERT INTO audit_log_leaf (leaf_index, access_entry_id, leaf_hash) VALUES (?, ?, ?)";
    private static final int[] ENTRY_LEAF_TYPES = {Types.BIGINT, Types.BIGINT, Types.BINARY};

    /** Leaf hashes read per statement when a root or proof streams the leaves. */
    static final int LEAF_PAGE = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    public AuditLog(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
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

    /**
     * Appends the leaves of these events, in the order given, after the last leaf, in the caller's transaction; an
     * event that already has a leaf (or comes twice) is skipped. Answers how many leaves it appended. Takes
     * {@link #TREE_LOCK}, finds the logged events in one query, reads the stored rows of the others in one query, and
     * inserts their leaves with consecutive indexes in one JDBC batch (multi-row INSERTs with
     * {@code reWriteBatchedInserts}). Fails, and the caller's transaction with it, if an event's row is not in
     * {@code domain_event_entry}.
     */
    public int appendEvents(List<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return 0;
        }
        lockTree();
        Set<String> pending = new LinkedHashSet<>(eventIdentifiers);
        pending.removeAll(jdbc.sql("SELECT event_identifier FROM audit_log_leaf WHERE event_identifier = ANY(?)")
                .param(pending.toArray(String[]::new))
                .query(String.class)
                .set());
        if (pending.isEmpty()) {
            return 0;
        }
        Map<String, StoredEvent> rows = jdbc.sql("SELECT " + StoredEvent.COLUMNS
                        + " FROM domain_event_entry WHERE event_identifier = ANY(?)")
                .param(pending.toArray(String[]::new))
                .query((rs, n) -> StoredEvent.read(rs))
                .list().stream()
                .collect(Collectors.toMap(StoredEvent::eventIdentifier, Function.identity()));
        long next = size();
        List<Object[]> leaves = new ArrayList<>(pending.size());
        for (String eventIdentifier : pending) {
            StoredEvent event = rows.get(eventIdentifier);
            if (event == null) {
                throw new IllegalStateException(
                        "event " + eventIdentifier + " was read from the event store but its row is not there");
            }
            leaves.add(new Object[]{next++, event.globalIndex(), eventIdentifier, event.leafHash()});
        }
        batches.batchUpdate(INSERT_EVENT_LEAF, leaves, EVENT_LEAF_TYPES);
        return leaves.size();
    }

    /** The stored row of a query-log entry. */
    public Optional<AccessEntry> accessEntry(long entryId) {
        return jdbc.sql("SELECT " + AccessEntry.COLUMNS + " FROM access_log WHERE entry_id = ?")
                .param(entryId)
                .query((rs, n) -> AccessEntry.read(rs))
                .optional();
    }

    /** Up to {@code limit} query-log rows after {@code afterEntryId} up to {@code upTo}, by entry id. */
    public List<AccessEntry> accessEntries(long afterEntryId, long upTo, int limit) {
        return jdbc.sql("SELECT " + AccessEntry.COLUMNS + " FROM access_log "
                        + "WHERE entry_id > ? AND entry_id <= ? ORDER BY entry_id LIMIT ?")
                .params(afterEntryId, upTo, limit)
                .query((rs, n) -> AccessEntry.read(rs))
                .list();
    }

    /** The id of the newest query-log entry; 0 when there is none. */
    public long lastAccessEntryId() {
        return jdbc.sql("SELECT coalesce(max(entry_id), 0) FROM access_log").query(Long.class).single();
    }

    public long countAccessEntries(long upTo) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE entry_id <= ?").param(upTo).query(Long.class).single();
    }

    /** Up to {@code limit} leaves of entries after {@code afterEntryId} up to {@code upTo}, by entry id. */
    public List<EntryLeaf> entryLeaves(long afterEntryId, long upTo, int limit) {
        return jdbc.sql("""
                        SELECT leaf_index, access_entry_id, leaf_hash FROM audit_log_leaf
                        WHERE access_entry_id > ? AND access_entry_id <= ? ORDER BY access_entry_id LIMIT ?""")
                .params(afterEntryId, upTo, limit)
                .query((rs, n) -> new EntryLeaf(rs.getLong(1), rs.getLong(2), rs.getBytes(3)))
                .list();
    }

    public Optional<EntryLeaf> entryLeaf(long entryId) {
        return jdbc.sql("SELECT leaf_index, access_entry_id, leaf_hash FROM audit_log_leaf WHERE access_entry_id = ?")
                .param(entryId)
                .query((rs, n) -> new EntryLeaf(rs.getLong(1), rs.getLong(2), rs.getBytes(3)))
                .optional();
    }

    /**
     * The id of the newest entry with a leaf; 0 when none has one. The appender gives entries their leaves in id order
     * and sees every committed entry below the ones it appends, so every entry with a smaller id has a leaf too.
     */
    public long lastLoggedEntryId() {
        return jdbc.sql("SELECT coalesce(max(access_entry_id), 0) FROM audit_log_leaf").query(Long.class).single();
    }

    /** The highest entry id the retention purge has deleted up to; 0 before the first purge. */
    public long purgedUpTo() {
        return jdbc.sql("SELECT coalesce(max(to_entry_id), 0) FROM access_log_purge").query(Long.class).single();
    }

    /**
     * The highest entry id below which every entry is committed: takes {@link #ENTRY_LOCK} exclusively, which waits
     * for the writers holding it shared (an entry's id is taken under the shared lock and its insert commits before
     * the lock is released), and reads the highest id; run in a transaction of its own, which releases the lock at
     * once. Writers of entries wait only for this short transaction, not for the appends that follow.
     */
    public long committedEntryHorizon() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(ENTRY_LOCK).query().listOfRows();
        // a statement of its own: under READ COMMITTED its snapshot is taken after the lock is held
        return jdbc.sql("SELECT coalesce(max(entry_id), 0) FROM access_log").query(Long.class).single();
    }

    /**
     * Appends the leaves of the entries without one up to {@code horizon} (a {@link #committedEntryHorizon()}), in id
     * order, at most {@code limit}, in the caller's transaction; answers how many. Takes only {@link #TREE_LOCK}: the
     * entries up to the horizon are all committed, so the writers of new entries go on meanwhile.
     */
    public int appendAccessEntries(int limit, long horizon) {
        lockTree();
        List<AccessEntry> pending = jdbc.sql("SELECT " + AccessEntry.COLUMNS
                        + " FROM access_log WHERE entry_id > ? AND entry_id <= ? ORDER BY entry_id LIMIT ?")
                .params(lastLoggedEntryId(), horizon, limit)
                .query((rs, n) -> AccessEntry.read(rs))
                .list();
        long next = size();
        List<Object[]> leaves = new ArrayList<>(pending.size());
        for (AccessEntry entry : pending) {
            leaves.add(new Object[]{next++, entry.entryId(), entry.leafHash()});
        }
        if (!leaves.isEmpty()) {
            batches.batchUpdate(INSERT_ENTRY_LEAF, leaves, ENTRY_LEAF_TYPES);
        }
        return leaves.size();
    }

    /** Takes {@link #TREE_LOCK} until the current transaction ends; every append needs it. */
    void lockTree() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(TREE_LOCK).query().listOfRows();
    }

    /** The number of leaves. */
    public long size() {
        return jdbc.sql("SELECT coalesce(max(leaf_index) + 1, 0) FROM audit_log_leaf").query(Long.class).single();
    }

    /**
     * The leaf hashes {@code [from, to)} in leaf order, read in pages of {@value #LEAF_PAGE} by leaf index, so that
     * memory stays flat however large the log. Fails if the leaf indexes have a hole.
     */
    public MerkleTree.LeafSource leafHashes() {
        return leafHashes(LEAF_PAGE);
    }

    /** {@link #leafHashes()} in pages of {@code pageSize}. */
    MerkleTree.LeafSource leafHashes(int pageSize) {
        return (from, to, leaf) -> {
            long next = from;
            while (next < to) {
                long start = next;
                List<byte[]> page = jdbc.sql("""
                                SELECT leaf_hash FROM audit_log_leaf WHERE leaf_index >= ? AND leaf_index < ?
                                ORDER BY leaf_index""")
                        .params(start, Math.min(to, start + pageSize))
                        .query((rs, n) -> rs.getBytes(1))
                        .list();
                long expected = Math.min(to, start + pageSize) - start;
                if (page.size() != expected) {
                    throw new IllegalStateException("the audit log has " + page.size() + " leaves from index "
                            + start + ", not " + expected);
                }
                page.forEach(leaf);
                next = start + page.size();
            }
        };
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

    /**
     * Stores a signed head, with the frontier of its tree ({@link MerkleTree.Frontier}): not signed, not evidence,
     * only where the next head starts from; it is used only when it folds to the signed root.
     */
    public void saveHead(TreeHead head, byte[] frontier) {
        jdbc.sql("""
                        INSERT INTO audit_tree_head (tree_size, root_hash, issued_at, key_id, signature, frontier)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(head.treeSize(), head.rootHash(), Timestamp.from(head.issuedAt()), head.keyId(),
                        head.signature(), frontier)
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

    /**
     * The frontier stored with the largest head that has one and whose root it folds to; empty when there is none
     * (heads issued before frontiers were kept, V21).
     */
    public Optional<MerkleTree.Frontier> latestFrontier() {
        return jdbc.sql("""
                        SELECT tree_size, root_hash, frontier FROM audit_tree_head WHERE frontier IS NOT NULL
                        ORDER BY tree_size DESC, head_id DESC LIMIT 1""")
                .query((rs, n) -> {
                    try {
                        MerkleTree.Frontier frontier = MerkleTree.Frontier.of(rs.getLong(1), rs.getBytes(3));
                        return Arrays.equals(frontier.root(), rs.getBytes(2)) ? frontier : null;
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .list().stream().filter(Objects::nonNull).findFirst();
    }
}
