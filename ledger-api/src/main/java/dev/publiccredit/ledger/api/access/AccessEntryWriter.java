package dev.publiccredit.ledger.api.access;

import dev.publiccredit.ledger.api.GroupCommits;
import dev.publiccredit.ledger.api.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the query log's entries by group commit: one thread takes the entries of every read waiting at that moment
 * and writes them in one statement that commits on its own (autocommit), and each read waits until the statement
 * that holds its entries has committed. A read is therefore answered only once its entry is durable, as before, but
 * concurrent reads share one statement, one commit and one WAL flush instead of one each. While a statement is in
 * flight the next reads queue; a read that finds the writer idle is written at once.
 *
 * <p>The statement takes the shared advisory lock {@link AuditLog#ENTRY_LOCK} before its entries get their ids and
 * holds it until it commits (the leaf appender takes it exclusively). Entries get ids in the order the reads queued,
 * and the entries of one read are consecutive. If the statement fails, every read it held fails.
 */
@Component
public class AccessEntryWriter implements DisposableBean {

    /** The entries of one read, as columns; {@code subjects} and {@code resources} one element per entry. */
    record Entries(Instant accessedAt, String clientId, String actor, String role, @Nullable String department,
                   String view, @Nullable String purpose, @Nullable String authorisationId, String requestId,
                   String[] subjects, @Nullable String[] resources) {
    }

    private record Pending(Entries entries, CompletableFuture<Void> written) {
    }

    private static final Logger log = LoggerFactory.getLogger(AccessEntryWriter.class);

    /** The most entries one statement takes; the reads beyond wait for the next. */
    static final int MAX_ENTRIES = 1_000;

    private final JdbcClient jdbc;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicLong statements = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopped;

    public AccessEntryWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.thread = new Thread(this::run, "access-log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Writes the entries of one read and returns once they are committed; fails as the statement failed. */
    void write(Entries entries) {
        if (stopped) {
            throw new IllegalStateException("the query log is shut down");
        }
        Pending pending = new Pending(entries, new CompletableFuture<>());
        queue.add(pending);
        GroupCommits.await(pending.written(), "the query-log entry");
    }

    /** Statements written since the start. */
    long statements() {
        return statements.get();
    }

    /** Reads waiting for a statement to take them (not those of a statement in flight). */
    int queued() {
        return queue.size();
    }

    private void run() {
        while (!stopped) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int entries = first.entries().subjects().length;
                for (Pending next; entries < MAX_ENTRIES && (next = queue.peek()) != null; ) {
                    entries += next.entries().subjects().length;
                    batch.add(queue.remove());
                }
                insert(batch, entries);
                statements.incrementAndGet();
                batch.forEach(p -> p.written().complete(null));
            } catch (InterruptedException e) {
                if (!stopped) {
                    log.warn("The query-log writer was interrupted; it goes on");
                }
                batch.forEach(p -> p.written().completeExceptionally(e));
            } catch (Throwable e) {
                batch.forEach(p -> p.written().completeExceptionally(e));
            }
        }
    }

    private void insert(List<Pending> batch, int size) {
        String[] accessedAt = new String[size];
        String[] clientId = new String[size];
        String[] actor = new String[size];
        String[] role = new String[size];
        String[] department = new String[size];
        String[] subject = new String[size];
        String[] view = new String[size];
        String[] resource = new String[size];
        String[] purpose = new String[size];
        String[] authorisationId = new String[size];
        String[] requestId = new String[size];
        int i = 0;
        for (Pending pending : batch) {
            Entries e = pending.entries();
            String at = e.accessedAt().truncatedTo(ChronoUnit.MICROS).toString();
            for (int j = 0; j < e.subjects().length; j++, i++) {
                accessedAt[i] = at;
                clientId[i] = e.clientId();
                actor[i] = e.actor();
                role[i] = e.role();
                department[i] = e.department();
                subject[i] = e.subjects()[j];
                view[i] = e.view();
                resource[i] = e.resources()[j];
                purpose[i] = e.purpose();
                authorisationId[i] = e.authorisationId();
                requestId[i] = e.requestId();
            }
        }
        // one statement, its own transaction: the shared entry lock is taken before the entries get their ids (the
        // lock's CTE is read before any row is made) and held until the commit, all in one round trip
        jdbc.sql("""
                        WITH entry_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(?))
                        INSERT INTO access_log (accessed_at, client_id, actor, role, department, subject_code, view,
                                                resource, purpose, authorisation_id, request_id)
                        SELECT CAST(a.accessed_at AS timestamptz), a.client_id, a.actor, a.role, a.department,
                               a.subject_code, a.view, a.resource, a.purpose, a.authorisation_id, a.request_id
                        FROM entry_lock, unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                                                CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                                                CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                                                CAST(? AS text[]), CAST(? AS text[])) WITH ORDINALITY
                             AS a(accessed_at, client_id, actor, role, department, subject_code, view, resource,
                                  purpose, authorisation_id, request_id, n)
                        ORDER BY a.n""")
                .params(AuditLog.ENTRY_LOCK, accessedAt, clientId, actor, role, department, subject, view, resource,
                        purpose, authorisationId, requestId)
                .update();
    }

    @Override
    public void destroy() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(10));
        for (Pending pending; (pending = queue.poll()) != null; ) {
            pending.written().completeExceptionally(new IllegalStateException("the query log is shut down"));
        }
    }
}
