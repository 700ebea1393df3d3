package dev.publiccredit.ledger.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.publiccredit.ledger.api.projection.ProjectionMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToLongFunction;

/**
 * Re-reads the whole event store and the log, and reports where they disagree (docs/audit.md). A verification runs
 * as a job, one at a time on a background thread; its progress and result are kept in memory on this instance (the
 * last {@value #KEPT_JOBS}).
 *
 * <p>It walks {@code domain_event_entry} and {@code audit_log_leaf} side by side in global-index order, pages of
 * {@value #PAGE} rows, up to the store's head when the job started; for each global index it recomputes the leaf hash
 * of the stored row and compares it with the logged one. Then it recomputes the root of the latest signed tree head
 * from the logged leaves and checks the head's signature.
 *
 * <p>Then it walks the query log ({@code access_log}) and the entries' leaves the same way, in entry-id order: a row
 * that no longer hashes to its leaf is CHANGED; a leaf without its row is MISSING_FROM_STORE, unless the retention
 * purge deleted that entry (counted as {@code purgedByRetention}); a row without a leaf is MISSING_FROM_LOG when the
 * appender has already given a later entry its leaf (it appends in id order), else not yet logged.
 */
@Component
public class AuditVerification implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditVerification.class);
    static final int PAGE = 1000;
    static final int KEPT_JOBS = 100;
    static final int LISTED_DISAGREEMENTS = 100;

    public enum State { RUNNING, COMPLETED, FAILED }

    /**
     * CHANGED: the stored row (event or query-log entry) no longer hashes to its leaf; MISSING_FROM_STORE: the log has a
     * leaf for a global index the store has no row at, or for an entry that is gone and was not purged by retention;
     * MISSING_FROM_LOG: a row the audit-log processor (or the entry appender) has passed has no leaf.
     */
    public enum Kind { CHANGED, MISSING_FROM_STORE, MISSING_FROM_LOG }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Disagreement(Kind kind, @Nullable Long globalIndex, @Nullable String eventIdentifier,
                               @Nullable Long accessEntryId, @Nullable Long leafIndex) {
        static Disagreement event(Kind kind, long globalIndex, String eventIdentifier, @Nullable Long leafIndex) {
            return new Disagreement(kind, globalIndex, eventIdentifier, null, leafIndex);
        }

        static Disagreement entry(Kind kind, long accessEntryId, @Nullable Long leafIndex) {
            return new Disagreement(kind, null, null, accessEntryId, leafIndex);
        }
    }

    /**
     * {@code notYetLogged}: events and entries stored but not yet given their leaf; {@code purgedByRetention}: leaves of
     * query-log entries deleted by the retention purge (not a disagreement).
     */
    public record Counts(long changed, long missingFromStore, long missingFromLog, long notYetLogged,
                         long purgedByRetention) {
    }

    /** The latest signed tree head against the root recomputed from the logged leaves. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TreeHeadCheck(long treeSize, Instant issuedAt, String keyId, String signedRoot,
                                @Nullable String recomputedRoot, boolean rootMatches, boolean signatureValid,
                                @Nullable String problem) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JobView(UUID id, State state, Instant startedAt, @Nullable Instant finishedAt,
                          long upToGlobalIndex, long totalEvents, long checkedEvents, long upToAccessEntryId,
                          long totalAccessEntries, long checkedAccessEntries, @Nullable Boolean consistent,
                          @Nullable Disagreement firstDisagreement, List<Disagreement> disagreements, Counts counts,
                          @Nullable TreeHeadCheck treeHead, @Nullable String error) {
    }

    private final AuditLog auditLog;
    private final ProjectionMonitor monitor;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "audit-verification");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Job> jobs = new LinkedHashMap<>();

    public AuditVerification(AuditLog auditLog, ProjectionMonitor monitor, Clock clock) {
        this.auditLog = auditLog;
        this.monitor = monitor;
        this.clock = clock;
    }

    /** Queues a verification of everything stored now; answers its first view. */
    public JobView start() {
        Job job = new Job(UUID.randomUUID(), clock.instant(), monitor.headPosition(),
                Math.max(auditLog.lastAccessEntryId(), auditLog.lastLoggedEntryId()), auditLog.lastLoggedEntryId());
        synchronized (jobs) {
            jobs.put(job.id, job);
            while (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        executor.execute(() -> run(job));
        return job.view();
    }

    public Optional<JobView> find(UUID id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(Job::view);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private void run(Job job) {
        try {
            job.totalEvents = auditLog.countStoredEvents(job.upTo);
            Cursor<StoredEvent> store = new Cursor<>(StoredEvent::globalIndex,
                    after -> auditLog.storedEvents(after, job.upTo, PAGE));
            Cursor<AuditLog.Leaf> leaves = new Cursor<>(AuditLog.Leaf::globalIndex,
                    after -> auditLog.leavesByGlobalIndex(after, job.upTo, PAGE));
            while (store.peek() != null || leaves.peek() != null) {
                compareNext(job, store, leaves);
            }
            verifyAccessEntries(job);
            job.treeHead = checkTreeHead();
            job.finish(State.COMPLETED, null, clock.instant());
        } catch (RuntimeException e) {
            log.error("Audit verification {} failed", job.id, e);
            job.finish(State.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }

    private void compareNext(Job job, Cursor<StoredEvent> store, Cursor<AuditLog.Leaf> leaves) {
        StoredEvent row = store.peek();
        AuditLog.Leaf leaf = leaves.peek();
        if (leaf == null || row != null && row.globalIndex() < leaf.globalIndex()) {
            store.next();
            job.checked++;
            if (monitor.reached(AuditLogAppender.GROUP, row.globalIndex())) {
                job.add(Disagreement.event(Kind.MISSING_FROM_LOG, row.globalIndex(), row.eventIdentifier(), null));
            } else {
                job.notYetLogged++;
            }
        } else if (row == null || leaf.globalIndex() < row.globalIndex()) {
            leaves.next();
            job.add(Disagreement.event(Kind.MISSING_FROM_STORE, leaf.globalIndex(), leaf.eventIdentifier(),
                    leaf.leafIndex()));
        } else {
            store.next();
            leaves.next();
            job.checked++;
            if (!row.eventIdentifier().equals(leaf.eventIdentifier())
                    || !Arrays.equals(row.leafHash(), leaf.leafHash())) {
                job.add(Disagreement.event(Kind.CHANGED, leaf.globalIndex(), leaf.eventIdentifier(),
                        leaf.leafIndex()));
            }
        }
    }

    private void verifyAccessEntries(Job job) {
        long purgedUpTo = auditLog.purgedUpTo();
        job.totalAccessEntries = auditLog.countAccessEntries(job.upToEntry);
        Cursor<AccessEntry> rows = new Cursor<>(AccessEntry::entryId,
                after -> auditLog.accessEntries(after, job.upToEntry, PAGE));
        Cursor<AuditLog.EntryLeaf> leaves = new Cursor<>(AuditLog.EntryLeaf::accessEntryId,
                after -> auditLog.entryLeaves(after, job.upToEntry, PAGE));
        while (rows.peek() != null || leaves.peek() != null) {
            AccessEntry row = rows.peek();
            AuditLog.EntryLeaf leaf = leaves.peek();
            if (leaf == null || row != null && row.entryId() < leaf.accessEntryId()) {
                rows.next();
                job.checkedEntries++;
                if (row.entryId() <= job.loggedEntriesUpTo) {
                    job.add(Disagreement.entry(Kind.MISSING_FROM_LOG, row.entryId(), null));
                } else {
                    job.notYetLogged++;
                }
            } else if (row == null || leaf.accessEntryId() < row.entryId()) {
                leaves.next();
                if (leaf.accessEntryId() <= purgedUpTo) {
                    job.purgedByRetention++;
                } else {
                    job.add(Disagreement.entry(Kind.MISSING_FROM_STORE, leaf.accessEntryId(), leaf.leafIndex()));
                }
            } else {
                rows.next();
                leaves.next();
                job.checkedEntries++;
                if (!Arrays.equals(row.leafHash(), leaf.leafHash())) {
                    job.add(Disagreement.entry(Kind.CHANGED, leaf.accessEntryId(), leaf.leafIndex()));
                }
            }
        }
    }

    private @Nullable TreeHeadCheck checkTreeHead() {
        TreeHead head = auditLog.latestHead().orElse(null);
        if (head == null) {
            return null;
        }
        HexFormat hex = HexFormat.of();
        boolean signatureValid = auditLog.key(head.keyId())
                .map(key -> SigningKey.verify(key.publicKey(), head.signedBytes(), head.signature()))
                .orElse(false);
        byte[] root;
        try {
            root = MerkleTree.hashRanges(List.of(new MerkleTree.Range(0, head.treeSize())), auditLog.leafHashes())
                    .get(0);
        } catch (IllegalStateException e) {
            return new TreeHeadCheck(head.treeSize(), head.issuedAt(), head.keyId(), hex.formatHex(head.rootHash()),
                    null, false, signatureValid, e.getMessage());
        }
        return new TreeHeadCheck(head.treeSize(), head.issuedAt(), head.keyId(), hex.formatHex(head.rootHash()),
                hex.formatHex(root), Arrays.equals(root, head.rootHash()), signatureValid,
                signatureValid ? null : "the signature does not verify with the key " + head.keyId());
    }

    /** Pages through rows in order of a long key. */
    private static final class Cursor<T> {
        private final ToLongFunction<T> key;
        private final java.util.function.LongFunction<List<T>> fetch;
        private final Deque<T> buffer = new ArrayDeque<>();
        private long after = Long.MIN_VALUE;
        private boolean exhausted;

        Cursor(ToLongFunction<T> key, java.util.function.LongFunction<List<T>> fetch) {
            this.key = key;
            this.fetch = fetch;
        }

        @Nullable T peek() {
            if (buffer.isEmpty() && !exhausted) {
                List<T> page = fetch.apply(after);
                exhausted = page.size() < PAGE;
                buffer.addAll(page);
                if (!page.isEmpty()) {
                    after = key.applyAsLong(page.get(page.size() - 1));
                }
            }
            return buffer.peekFirst();
        }

        void next() {
            buffer.removeFirst();
        }
    }

    private static final class Job {
        private final UUID id;
        private final Instant startedAt;
        private final long upTo;
        private final long upToEntry;
        private final long loggedEntriesUpTo;
        private volatile long totalAccessEntries;
        private volatile long checkedEntries;
        private volatile long purgedByRetention;
        private final List<Disagreement> disagreements = new ArrayList<>();
        private volatile long totalEvents;
        private volatile long checked;
        private long changed;
        private long missingFromStore;
        private long missingFromLog;
        private volatile long notYetLogged;
        private volatile @Nullable TreeHeadCheck treeHead;
        private volatile State state = State.RUNNING;
        private volatile @Nullable Instant finishedAt;
        private volatile @Nullable String error;

        Job(UUID id, Instant startedAt, long upTo, long upToEntry, long loggedEntriesUpTo) {
            this.id = id;
            this.startedAt = startedAt;
            this.upTo = upTo;
            this.upToEntry = upToEntry;
            this.loggedEntriesUpTo = loggedEntriesUpTo;
        }

        synchronized void add(Disagreement disagreement) {
            switch (disagreement.kind()) {
                case CHANGED -> changed++;
                case MISSING_FROM_STORE -> missingFromStore++;
                case MISSING_FROM_LOG -> missingFromLog++;
                default -> throw new IllegalStateException();
            }
            if (disagreements.size() < LISTED_DISAGREEMENTS) {
                disagreements.add(disagreement);
            }
        }

        synchronized void finish(State finalState, @Nullable String failure, Instant at) {
            this.error = failure;
            this.finishedAt = at;
            this.state = finalState;
        }

        synchronized JobView view() {
            Boolean consistent = null;
            if (state == State.COMPLETED) {
                consistent = disagreements.isEmpty()
                        && (treeHead == null || treeHead.rootMatches() && treeHead.signatureValid());
            }
            return new JobView(id, state, startedAt, finishedAt, upTo, totalEvents, checked, upToEntry,
                    totalAccessEntries, checkedEntries, consistent,
                    disagreements.isEmpty() ? null : disagreements.get(0), List.copyOf(disagreements),
                    new Counts(changed, missingFromStore, missingFromLog, notYetLogged, purgedByRetention), treeHead,
                    error);
        }
    }
}
