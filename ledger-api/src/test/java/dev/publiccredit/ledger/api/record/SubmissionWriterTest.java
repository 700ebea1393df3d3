package dev.publiccredit.ledger.api.record;

import dev.publiccredit.ledger.api.config.LedgerProperties;
import dev.publiccredit.ledger.api.config.LedgerRules;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import dev.publiccredit.ledger.core.record.RecordCreation;
import dev.publiccredit.ledger.core.record.command.RecordPenalty;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Group commit of the single-record submissions (ADR 0026) against the real event store: the writers are held busy
 * (a decision that waits) while the submissions under test queue, so that they meet in one group deterministically.
 * With the default single writer; {@link TwoSubmissionWritersTest} runs the same with two.
 */
class SubmissionWriterTest extends LedgerApplicationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    private SubmissionWriter submissions;
    @Autowired
    private NewRecordWriter records;
    @Autowired
    private LedgerRules rules;
    @Autowired
    private LedgerProperties properties;

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private Holds holds;

    @AfterEach
    void releaseWritersAndStopPool() {
        if (holds != null) {
            holds.releaseAll();
        }
        pool.shutdownNow();
    }

    @Test
    void submissionsArrivingTogether_shareATransaction_andEachGetsItsOwnEventAndPosition() throws Exception {
        List<RecordPenalty> penalties = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            penalties.add(penalty("GROUP"));
        }
        long eventsBefore = storedEvents();
        Holds release = holdWriters();
        long transactionsBefore = submissions.transactions();
        List<Future<SubmissionWriter.Outcome>> outcomes = new ArrayList<>();
        for (RecordPenalty p : penalties) {
            outcomes.add(submit(p.recordId(), decision(p)));
        }
        awaitQueued(20);
        release.releaseAll();

        for (int i = 0; i < penalties.size(); i++) {
            SubmissionWriter.Outcome outcome = outcomes.get(i).get(30, TimeUnit.SECONDS);
            assertThat(outcome.stored()).isTrue();
            assertThat(outcome.event()).isEqualTo(decision(penalties.get(i)).get());
            assertThat(outcome.position()).isEqualTo(globalIndex(penalties.get(i).recordId()));
        }
        assertThat(storedEvents()).isEqualTo(eventsBefore + writers() + 20); // the holding records as well
        // the holding groups, then the twenty queued meanwhile in at most one group per writer
        assertThat(submissions.transactions() - transactionsBefore).isBetween(writers() + 1L, 2L * writers());
    }

    @Test
    void aRecordAlreadyStored_orTwiceInOneGroup_isADuplicate_andIsNotDecidedAgain() throws Exception {
        RecordPenalty stored = penalty("DUP");
        assertThat(submissions.submit(stored.recordId(), decision(stored), metadata()).stored()).isTrue();
        RecordPenalty twice = penalty("TWICE");
        AtomicInteger decided = new AtomicInteger();
        Supplier<Object> counted = () -> {
            decided.incrementAndGet();
            return decision(twice).get();
        };
        long eventsBefore = storedEvents();

        Holds release = holdWriters();
        Future<SubmissionWriter.Outcome> again = submit(stored.recordId(), () -> {
            throw new AssertionError("a stored record is not decided again");
        });
        Future<SubmissionWriter.Outcome> first = submit(twice.recordId(), counted);
        awaitQueued(2);
        Future<SubmissionWriter.Outcome> second = submit(twice.recordId(), counted);
        takeAsOneGroup(release, 3);

        assertThat(again.get(30, TimeUnit.SECONDS).stored()).isFalse();
        assertThat(first.get(30, TimeUnit.SECONDS).stored()).isTrue();
        assertThat(second.get(30, TimeUnit.SECONDS).stored()).isFalse();
        assertThat(decided).hasValue(1);
        assertThat(storedEvents()).isEqualTo(eventsBefore + 1 + 1); // the released writer's holding record as well
    }

    @Test
    void aDecisionThatThrows_failsItsOwnSubmissionOnly() throws Exception {
        RecordPenalty before = penalty("OK");
        RecordPenalty after = penalty("OK");
        Holds release = holdWriters();
        Future<SubmissionWriter.Outcome> good1 = submit(before.recordId(), decision(before));
        Future<SubmissionWriter.Outcome> bad = submit(penalty("BAD").recordId(), () -> {
            throw new IllegalStateException("refused by the decision");
        });
        Future<SubmissionWriter.Outcome> good2 = submit(after.recordId(), decision(after));
        takeAsOneGroup(release, 3);

        assertThat(good1.get(30, TimeUnit.SECONDS).stored()).isTrue();
        assertThat(good2.get(30, TimeUnit.SECONDS).stored()).isTrue();
        assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("refused by the decision");
    }

    @Test
    void aRecordStoredByAnotherWriterMeanwhile_isADuplicate_andTheRestOfTheGroupIsStored() throws Exception {
        RecordPenalty raced = penalty("RACE");
        RecordPenalty other = penalty("RACE");
        long eventsBefore = storedEvents();
        Holds release = holdWriters();
        // the decision is made after the group's check for stored records: store the same record through the bulk
        // path right then, as another instance or a file would, so that the group's append meets the unique key
        Future<SubmissionWriter.Outcome> racedOutcome = submit(raced.recordId(), () -> {
            Object event = decision(raced).get();
            assertThat(records.append(List.of(new NewRecordWriter.NewRecord(raced.recordId(), event, metadata()))))
                    .containsExactly(raced.recordId());
            return event;
        });
        Future<SubmissionWriter.Outcome> otherOutcome = submit(other.recordId(), decision(other));
        takeAsOneGroup(release, 2);

        assertThat(racedOutcome.get(30, TimeUnit.SECONDS).stored()).isFalse();
        assertThat(otherOutcome.get(30, TimeUnit.SECONDS).stored()).isTrue();
        assertThat(storedEvents()).isEqualTo(eventsBefore + 1 + 2); // the released writer's holding record as well
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(raced.recordId().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aGroupWhoseTransactionFails_triesEachSubmissionAlone_soOnlyTheFailingOneFails() throws Exception {
        RecordPenalty good = penalty("OK");
        RecordPenalty unstorable = penalty("UNSTORABLE");
        Holds release = holdWriters();
        Future<SubmissionWriter.Outcome> goodOutcome = submit(good.recordId(), decision(good));
        // an event the serializer cannot write: the whole group's transaction fails
        Future<SubmissionWriter.Outcome> failed = submit(unstorable.recordId(), Unserializable::new);
        takeAsOneGroup(release, 2);

        assertThat(goodOutcome.get(30, TimeUnit.SECONDS).stored()).isTrue();
        assertThatThrownBy(() -> failed.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(globalIndexOrNull(unstorable.recordId())).isNull();
    }

    @Test
    @Timeout(30) // no writer would ever take it: without the caller writing it, the submission would wait forever
    void afterTheWritersStopped_aSubmissionIsStoredOnItsOwnThread() throws Exception {
        SubmissionWriter stopping = new SubmissionWriter(records, properties); // not the application's: it keeps on
        stopping.destroy(); // as when the application stops: the writer threads end
        RecordPenalty late = penalty("LATE");

        SubmissionWriter.Outcome outcome = stopping.submit(late.recordId(), decision(late), metadata());

        assertThat(outcome.stored()).isTrue();
        assertThat(outcome.position()).isEqualTo(globalIndex(late.recordId()));
        assertThat(stopping.queued()).isZero();
    }

    /** A payload whose only property throws when read. */
    public static final class Unserializable {
        public String getValue() {
            throw new IllegalStateException("cannot be written");
        }
    }

    @Test
    void overHttp_simultaneousDistinctSubmissions_areEachAnsweredWithTheirOwnStoredPosition() throws Exception {
        List<Future<HttpJson.Response>> answers = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String code = newCompanyCode();
            codes.add(code);
            Map<String, Object> body = Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("HTTPGROUP"),
                    code, TODAY);
            answers.add(pool.submit(() -> http.post("/api/v1/penalties", body)));
        }
        for (int i = 0; i < answers.size(); i++) {
            HttpJson.Response answer = answers.get(i).get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).isEqualTo(201);
            String recordId = answer.json().get("recordId").asString();
            assertThat(answer.json().get("subject").get("code").asString()).isEqualTo(codes.get(i));
            assertThat(Long.parseLong(answer.header("X-Ledger-Position")))
                    .isEqualTo(globalIndex(RecordId.parse(recordId)));
        }
    }

    // --- helpers

    /**
     * Keeps every writer (ledger.api.submission-writers) busy, each with a record whose decision waits for a latch of
     * its own; answers once all wait. Releasing one writer lets it take everything queued meanwhile as one group.
     */
    private Holds holdWriters() {
        List<CountDownLatch> latches = new ArrayList<>();
        for (int i = 0; i < writers(); i++) {
            latches.add(new CountDownLatch(1));
        }
        Holds holds = new Holds(latches);
        this.holds = holds;
        AtomicInteger holding = new AtomicInteger();
        int held = 0;
        for (CountDownLatch release : latches) { // one after the other: not one group
            RecordPenalty hold = penalty("HOLD");
            submit(hold.recordId(), () -> {
                holding.incrementAndGet();
                try {
                    assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return decision(hold).get();
            });
            int expected = ++held;
            await().atMost(Duration.ofSeconds(10)).until(() -> holding.get() == expected);
        }
        return holds;
    }

    private record Holds(List<CountDownLatch> latches) {
        CountDownLatch first() {
            return latches.get(0);
        }

        void releaseAll() {
            latches.forEach(CountDownLatch::countDown);
        }
    }

    private int writers() {
        return properties.api().submissionWriters();
    }

    /** Once {@code queued} submissions wait, releases one writer: it takes them all, as one group. */
    private void takeAsOneGroup(Holds holds, int queued) {
        awaitQueued(queued);
        holds.first().countDown();
    }

    private void awaitQueued(int submissions) {
        await().atMost(Duration.ofSeconds(10)).until(() -> this.submissions.queued() == submissions);
    }

    private Future<SubmissionWriter.Outcome> submit(RecordId id, Supplier<Object> decide) {
        return pool.submit(() -> submissions.submit(id, decide, metadata()));
    }

    private RecordPenalty penalty(String prefix) {
        Map<String, Object> body = Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId(prefix),
                newCompanyCode(), TODAY);
        return SubmissionMapper.penalty(HttpJson.JSON.convertValue(body, PenaltyRequest.class), clock.instant(),
                LocalDate.now(clock));
    }

    private Supplier<Object> decision(RecordPenalty penalty) {
        return () -> RecordCreation.penaltyRecorded(penalty, rules.current().records());
    }

    private static MetaData metadata() {
        return MetaData.from(Map.of("actor", "test", "actorType", "USER", "department", "SAMR-HAIDIAN",
                "requestId", "test", "reason", "submission"));
    }

    private long globalIndex(RecordId id) {
        Long index = globalIndexOrNull(id);
        assertThat(index).as("stored event of %s", id).isNotNull();
        return index;
    }

    private Long globalIndexOrNull(RecordId id) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 0").param(id.toString()).query(Long.class).optional().orElse(null);
    }
}
