package dev.publiccredit.ledger.api.record;

import dev.publiccredit.ledger.api.GroupCommits;
import dev.publiccredit.ledger.api.config.LedgerProperties;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Stores the records submitted one by one ({@code POST /api/v1/penalties}, {@code /licences}) by group commit (ADR
 * 0026): a writer thread (or several, {@code ledger.api.submission-writers}) takes every submission waiting at that
 * moment and stores the new ones in one transaction through {@link NewRecordWriter}, and each request waits until
 * the transaction that holds its record has committed. A request is therefore answered only once its event is
 * durable, as before, but concurrent submissions share the transaction, its statements and its WAL flush. A
 * submission that finds a writer idle is written at once; none waits for a group to fill.
 *
 * <p>What a submission gets is what it got alone: a record already stored, or submitted twice in the same group, is
 * a duplicate (nothing stored, its decision never called); a decision that throws fails its own request only; when
 * another writer stores one of the records between the check and the append, the unique key refuses the append, the
 * transaction rolls back and the group is tried again without it. Any other failure of a group's transaction makes
 * each of its submissions be tried alone, so that a failure reaches only the request it belongs to.
 */
@Component
public class SubmissionWriter implements DisposableBean {

    /** What became of a submission: its decided event and global index when stored; neither for a duplicate. */
    public record Outcome(@Nullable Object event, long position) {

        static final Outcome DUPLICATE = new Outcome(null, -1);

        public boolean stored() {
            return event != null;
        }
    }

    private static final class Submission {
        final RecordId recordId;
        final Supplier<Object> decide;
        final MetaData metaData;
        final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        @Nullable Object event; // decided once, kept for a retry of the group

        Submission(RecordId recordId, Supplier<Object> decide, MetaData metaData) {
            this.recordId = recordId;
            this.decide = decide;
            this.metaData = metaData;
        }

        String id() {
            return recordId.toString();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);
    private static final int ATTEMPTS = 5;

    private final NewRecordWriter writer;
    private final int maxGroup;
    private final LinkedBlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
    private final AtomicLong transactions = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    public SubmissionWriter(NewRecordWriter writer, LedgerProperties properties) {
        this.writer = writer;
        this.maxGroup = properties.api().submissionGroupSize();
        for (int i = 1; i <= properties.api().submissionWriters(); i++) {
            Thread thread = new Thread(this::run, "submit-writer-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /**
     * Stores one new record: if it is not stored yet, its creation event as {@code decide} decides it (called only
     * then, as the aggregate does not decide a repeat either), with {@code metaData} and a new correlation and trace
     * id. Returns once the transaction has committed; throws what {@code decide} or the transaction threw.
     */
    public Outcome submit(RecordId recordId, Supplier<Object> decide, MetaData metaData) {
        Submission submission = new Submission(recordId, decide, metaData);
        queue.add(submission);
        if (stopped && queue.remove(submission)) { // shutting down: the writers may have stopped before it came
            write(List.of(submission));
        }
        return GroupCommits.await(submission.outcome, "the record");
    }

    /** Transactions committed or tried since the start (a test's view of the grouping). */
    long transactions() {
        return transactions.get();
    }

    /** Submissions waiting for a writer to take them (not those of a transaction in flight). */
    int queued() {
        return queue.size();
    }

    private void run() {
        while (!stopped || !queue.isEmpty()) {
            List<Submission> group = new ArrayList<>();
            try {
                Submission first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, maxGroup - 1);
                write(group);
            } catch (InterruptedException e) {
                log.warn("A submission writer was interrupted; it goes on");
            } catch (Throwable e) { // write completes every submission; this is a last guard for the thread
                group.forEach(s -> s.outcome.completeExceptionally(e));
            }
        }
    }

    /** Stores the new records of {@code group} in one transaction; completes every submission's outcome. */
    private void write(List<Submission> group) {
        Map<String, Submission> pending = new LinkedHashMap<>();
        List<Submission> repeats = new ArrayList<>();
        for (Submission s : group) {
            if (pending.putIfAbsent(s.id(), s) != null) {
                repeats.add(s);
            }
        }
        writeDistinct(pending);
        if (!repeats.isEmpty()) {
            // the same record again in this group: written after the first, it finds the first stored (a duplicate,
            // answered once that is committed), or is tried itself if the first failed
            write(repeats);
        }
    }

    private void writeDistinct(Map<String, Submission> pending) {
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            try {
                Set<String> stored = writer.stored(pending.keySet());
                stored.forEach(id -> pending.remove(id).outcome.complete(Outcome.DUPLICATE));
                List<NewRecordWriter.NewRecord> records = decide(pending);
                if (records.isEmpty()) {
                    return;
                }
                transactions.incrementAndGet();
                Map<String, Long> positions = writer.appendNew(records);
                pending.values().forEach(s -> s.outcome.complete(new Outcome(s.event, positions.get(s.id()))));
                return;
            } catch (AggregateStreamCreationException | ConcurrencyException storedMeanwhile) {
                if (pending.size() == 1) { // another writer stored it since the check: a duplicate
                    pending.values().iterator().next().outcome.complete(Outcome.DUPLICATE);
                    return;
                }
                if (attempt == ATTEMPTS) {
                    alone(pending);
                    return;
                }
                // check again, append the rest
            } catch (RuntimeException | Error e) {
                if (pending.size() == 1) {
                    pending.values().iterator().next().outcome.completeExceptionally(e);
                } else {
                    alone(pending);
                }
                return;
            }
        }
    }

    /** Decides each pending record not decided yet; a decision that throws fails its own submission only. */
    private static List<NewRecordWriter.NewRecord> decide(Map<String, Submission> pending) {
        List<NewRecordWriter.NewRecord> records = new ArrayList<>(pending.size());
        for (var i = pending.values().iterator(); i.hasNext(); ) {
            Submission s = i.next();
            if (s.event == null) {
                try {
                    s.event = s.decide.get();
                } catch (RuntimeException e) {
                    s.outcome.completeExceptionally(e);
                    i.remove();
                    continue;
                }
            }
            records.add(new NewRecordWriter.NewRecord(s.recordId, s.event, s.metaData));
        }
        return records;
    }

    /** Each submission in a transaction of its own, so that a failure reaches only its own request. */
    private void alone(Map<String, Submission> pending) {
        for (Submission s : List.copyOf(pending.values())) {
            write(List.of(s));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopped = true; // the writers finish what is queued, then stop; later submissions are written by their caller
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
    }
}
