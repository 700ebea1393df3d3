package dev.publiccredit.ledger.api.audit;

import dev.publiccredit.ledger.api.projection.ProjectionMonitor;
import dev.publiccredit.ledger.api.support.AuditChecks;
import dev.publiccredit.ledger.api.support.BatchFiles;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit-log processor appends the leaves of a tracking batch together: one leaf per event, consecutive indexes in
 * the order the events were handled, exactly once (a replay or a re-handled batch appends nothing, a missing row fails
 * the whole batch), and without deserializing any payload.
 */
class AuditBatchAppendTest extends LedgerApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /**
     * The payload of an event that only this test stores: no handler of the ledger takes it, and every
     * deserialization of it is counted.
     */
    public record Probe(String note) {
        static final AtomicInteger DESERIALIZED = new AtomicInteger();

        public Probe {
            DESERIALIZED.incrementAndGet();
        }
    }

    @Autowired
    ProjectionMonitor monitor;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    AuditLogAppender appender;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionManager axonTransactions;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    DataSource dataSource;

    @Test
    void aBulkUploadOfHundredsOfRows_getsOneLeafPerEvent_inReadingOrder_andAReplayAppendsNothing() throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(BatchFiles.penaltyRow("SAMR-HAIDIAN", Submissions.nextSourceId("AUDIT-BULK"),
                    BatchFiles.companyCode(7_000_000 + i % 40), TODAY.minusDays(1 + i % 20)));
        }
        long before = monitor.headPosition();
        JsonNode batch = BatchFiles.completed(http, http.postRaw("/api/v1/batches",
                BatchFiles.csv(BatchFiles.PENALTY_HEADINGS, rows).getBytes(StandardCharsets.UTF_8), "text/csv"));
        assertThat(batch.get("rowsStored").asLong()).isEqualTo(300);
        long after = monitor.headPosition();
        assertThat(monitor.await(AuditLogAppender.GROUP, after, Duration.ofSeconds(60))).isTrue();

        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index > ? AND global_index <= ?")
                .params(before, after).query(Long.class).single()).isEqualTo(300);
        List<Long> logged = jdbc.sql("""
                        SELECT l.global_index FROM audit_log_leaf l
                        JOIN domain_event_entry d ON d.global_index = l.global_index
                                                 AND d.event_identifier = l.event_identifier
                        WHERE l.global_index > ? AND l.global_index <= ? ORDER BY l.leaf_index""")
                .params(before, after).query(Long.class).list();
        assertThat(logged).as("one leaf per event, in the order read (nothing filled a gap)")
                .hasSize(300).doesNotHaveDuplicates().isSorted();
        assertNoHoles();

        JsonNode head = http.post("/api/v1/audit/tree-head", "", "X-Ledger-Await-Position", Long.toString(after))
                .json();
        assertThat(head.get("treeSize").asLong()).isGreaterThanOrEqualTo(300);
        JsonNode verification = AuditChecks.verify(http);
        assertThat(verification.get("consistent").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("checkedEvents").asLong()).isEqualTo(storedEvents());

        // a replay: the processor reads the whole store again from its start (Axon's resetTokens would store a
        // ReplayToken, which the configured Jackson 3 serializer cannot read back; the rewound token does the same)
        List<Map<String, Object>> leaves = eventLeaves();
        StreamingEventProcessor processor = auditProcessor();
        processor.shutDown();
        try {
            List<Optional<TrackingToken>> rewound = new ArrayList<>();
            axonTransactions.executeInTransaction(() -> {
                for (int segment : tokenStore.fetchSegments(AuditLogAppender.GROUP)) {
                    tokenStore.storeToken(null, AuditLogAppender.GROUP, segment);
                    rewound.add(Optional.ofNullable(tokenStore.fetchToken(AuditLogAppender.GROUP, segment)));
                    tokenStore.releaseClaim(AuditLogAppender.GROUP, segment);
                }
            });
            assertThat(rewound).as("rewound to the start").containsExactly(Optional.empty());
        } finally {
            processor.start();
        }
        assertThat(monitor.await(AuditLogAppender.GROUP, after, Duration.ofSeconds(60))).isTrue();
        assertThat(processor.processingStatus().values()).noneMatch(EventTrackerStatus::isErrorState);
        assertThat(eventLeaves()).as("the replay appended nothing").isEqualTo(leaves);
        assertNoHoles();
    }

    @Test
    void theEventsOfOneUnitOfWork_getConsecutiveLeavesInTheOrderHandled_once_andAMissingRowFailsThemAll()
            throws Exception {
        StreamingEventProcessor processor = auditProcessor();
        processor.shutDown();
        List<EventMessage<?>> events = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                positions.add(submitPenalty());
                events.add(eventStore.readEvents(jdbc.sql(
                                "SELECT aggregate_identifier FROM domain_event_entry WHERE global_index = ?")
                        .param(positions.get(i)).query(String.class).single()).next());
            }
            assertThat(positions).isSorted();
            for (EventMessage<?> event : events) {
                assertThat(leafIndex(event)).as("not logged while the processor is stopped").isNull();
            }

            ResultMessage<?> first = handleInOneUnitOfWork(events.get(2), events.get(0), events.get(1));
            assertThat(first.isExceptional()).as(String.valueOf(first.optionalExceptionResult())).isFalse();
            Long third = leafIndex(events.get(2));
            assertThat(third).isNotNull();
            assertThat(leafIndex(events.get(0))).as("the order handled, not the global index").isEqualTo(third + 1);
            assertThat(leafIndex(events.get(1))).isEqualTo(third + 2);

            List<Map<String, Object>> leaves = eventLeaves();
            assertThat(handleInOneUnitOfWork(events.get(0), events.get(1), events.get(2)).isExceptional()).isFalse();
            assertThat(eventLeaves()).as("handled again: nothing appended").isEqualTo(leaves);

            String missing = UUID.randomUUID().toString();
            ResultMessage<?> failed = handleInOneUnitOfWork(events.get(3),
                    new GenericEventMessage<>(missing, "no row", Map.of(), clock.instant()));
            assertThat(failed.isExceptional()).isTrue();
            assertThat(failed.exceptionResult()).hasMessageContaining(missing);
            assertThat(leafIndex(events.get(3))).as("the batch failed as a whole").isNull();
            assertThat(eventLeaves()).isEqualTo(leaves);

            appender.on(events.get(4));
            assertThat(leafIndex(events.get(4))).as("outside a unit of work: appended at once").isNotNull();
            appender.on(events.get(4));
            assertThat(eventLeaves()).hasSize(leaves.size() + 1);
        } finally {
            processor.start();
        }
        assertThat(monitor.await(AuditLogAppender.GROUP, positions.get(4), Duration.ofSeconds(30))).isTrue();
        for (EventMessage<?> event : events) {
            assertThat(jdbc.sql("SELECT count(*) FROM audit_log_leaf WHERE event_identifier = ?")
                    .param(event.getIdentifier()).query(Long.class).single()).isEqualTo(1);
        }
        assertNoHoles();
    }

    @Test
    void anEventFillingAGap_getsALaterLeaf_andNoPayloadIsDeserialized() throws Exception {
        Probe.DESERIALIZED.set(0);
        String probe = UUID.randomUUID().toString();
        byte[] payload = "{\"note\":\"committed late\"}".getBytes(StandardCharsets.UTF_8);
        long gap;
        long later;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    VALUES (?, 0, NULL, ?, ?, ?, NULL, ?, ?) RETURNING global_index""")) {
                insert.setString(1, probe);
                insert.setString(2, probe);
                insert.setBytes(3, "{}".getBytes(StandardCharsets.UTF_8));
                insert.setBytes(4, payload);
                insert.setString(5, Probe.class.getName());
                insert.setString(6, clock.instant().toString());
                try (ResultSet row = insert.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    gap = row.getLong(1);
                }
            }
            later = submitPenalty();
            assertThat(later).isGreaterThan(gap);
            assertThat(monitor.await(AuditLogAppender.GROUP, later, Duration.ofSeconds(30))).isTrue();
            assertThat(leafIndexAt(later)).isNotNull();
            assertThat(leafIndexAt(gap)).as("the gap is not logged before it commits").isNull();
            connection.commit();
        }
        assertThat(monitor.await(AuditLogAppender.GROUP, gap, Duration.ofSeconds(30))).isTrue();
        assertThat(leafIndexAt(gap)).as("the event that filled the gap comes later").isGreaterThan(leafIndexAt(later));
        assertThat(Probe.DESERIALIZED.get()).as("payloads deserialized to log the event").isZero();
        assertNoHoles();

        Object read = eventSerializer.deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                Probe.class.getName(), null));
        assertThat(Probe.DESERIALIZED.get()).as("the payload can be read, and is counted when it is").isEqualTo(1);
        assertThat(read).isInstanceOf(Probe.class).extracting("note").isEqualTo("committed late");
        JsonNode verification = AuditChecks.verify(http);
        assertThat(verification.get("consistent").asBoolean()).as(verification.toString()).isTrue();
    }

    private long submitPenalty() {
        HttpJson.Response penalty = http.post("/api/v1/penalties", Submissions.penalty("SAMR-AUDIT",
                Submissions.nextSourceId("AUDIT-BATCH"), newCompanyCode(), TODAY.minusDays(2)));
        assertThat(penalty.status()).as(penalty.raw().body()).isEqualTo(201);
        return Long.parseLong(penalty.header("X-Ledger-Position"));
    }

    /** The messages handled by the audit-log appender as a tracking batch is: one unit of work, one transaction. */
    private ResultMessage<?> handleInOneUnitOfWork(EventMessage<?>... messages) {
        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(appender);
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.of(messages));
        unitOfWork.attachTransaction(axonTransactions);
        return unitOfWork.executeWithResult(() -> handler.handle(unitOfWork.getMessage()));
    }

    private StreamingEventProcessor auditProcessor() {
        return processing.eventProcessor(AuditLogAppender.GROUP, StreamingEventProcessor.class).orElseThrow();
    }

    private List<Map<String, Object>> eventLeaves() {
        return jdbc.sql("""
                        SELECT leaf_index, event_identifier, encode(leaf_hash, 'hex') AS leaf_hash FROM audit_log_leaf
                        WHERE event_identifier IS NOT NULL ORDER BY leaf_index""")
                .query().listOfRows();
    }

    private Long leafIndex(EventMessage<?> event) {
        return jdbc.sql("SELECT leaf_index FROM audit_log_leaf WHERE event_identifier = ?")
                .param(event.getIdentifier()).query(Long.class).optional().orElse(null);
    }

    private Long leafIndexAt(long globalIndex) {
        return jdbc.sql("SELECT leaf_index FROM audit_log_leaf WHERE global_index = ?")
                .param(globalIndex).query(Long.class).optional().orElse(null);
    }

    private void assertNoHoles() {
        assertThat(jdbc.sql("SELECT count(*) = coalesce(max(leaf_index) + 1, 0) FROM audit_log_leaf")
                .query(Boolean.class).single()).as("leaf indexes 0..n-1 without holes").isTrue();
    }
}
