package dev.publiccredit.ledger.projections;

import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.projections.disclosure.DisclosureHistoryProjector;
import dev.publiccredit.ledger.projections.profile.CreditProfileProjector;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of new records are written when the unit of work prepares to commit, in multi-row statements; any other
 * event in the same batch sees the rows of the events before it.
 */
@ExtendWith(ProjectionDatabase.class)
class PendingRowsTest {

    private final JdbcClient jdbc = ProjectionDatabase.jdbc();

    @Test
    void creationRowsWaitForTheEndOfTheBatch_andAnyOtherEventSeesThemFirst() throws Exception {
        SubjectDescription acme = LedgerEvents.ACME;
        SubjectDescription renamed = new SubjectDescription(acme.kind(), acme.code(), "北京阿克米新名称有限公司",
                acme.registrationNumber(), acme.legalRepresentative());
        PenaltyRecorded first = LedgerEvents.penalty("P-1").subject(acme).build();
        PenaltyRecorded second = LedgerEvents.penalty("P-2").subject(renamed).build();
        PenaltyRecorded third = LedgerEvents.penalty("P-3").subject(acme).build();
        List<EventMessage<?>> batch = new ArrayList<>();
        batch.add(message(first, 0));
        batch.add(message(second, 0));
        // a correction of the first record in the same batch: its handler updates the row of the first record
        batch.add(message(LedgerEvents.corrected(first.recordId(), RecordCategory.PENALTY, acme.code(),
                Instant.parse("2025-03-05T02:00:00Z"), LedgerEvents.change(CorrectableField.DECISION_NUMBER,
                        first.details().decisionNumber(), "京海市监罚〔2025〕999号")), 1));
        batch.add(message(third, 0));
        AnnotationEventHandlerAdapter profile = new AnnotationEventHandlerAdapter(new CreditProfileProjector(jdbc, ProjectionDatabase.dataSource()));
        AnnotationEventHandlerAdapter disclosure =
                new AnnotationEventHandlerAdapter(new DisclosureHistoryProjector(jdbc, ProjectionDatabase.dataSource()));
        List<Long> recordRowsAfterEachEvent = new ArrayList<>();

        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.executeWithResult(() -> { // once for each event of the batch, as a tracking processor does
            EventMessage<?> event = unitOfWork.getMessage();
            profile.handle(event);
            disclosure.handle(event);
            recordRowsAfterEachEvent.add(count("credit_profile_record"));
            return null;
        });

        assertThat(recordRowsAfterEachEvent).containsExactly(0L, 0L, 2L, 2L);
        assertThat(count("credit_profile_record")).isEqualTo(3);
        assertThat(count("disclosure_state")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT decision_number FROM credit_profile_record WHERE record_id = ?")
                .param(first.recordId().value()).query(String.class).single()).isEqualTo("京海市监罚〔2025〕999号");
        assertThat(jdbc.sql("SELECT name FROM credit_profile_subject WHERE subject_code = ?").param(acme.code())
                .query(String.class).single()).as("the last record's name, as one statement per event left it")
                .isEqualTo(acme.name());
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void aSubjectsRow_followsTheRecordedTimes_inWhateverOrderItsRecordsAreHandled() throws Exception {
        JdbcClient jdbc = ProjectionDatabase.jdbc();
        SubjectDescription renamed = new SubjectDescription(LedgerEvents.ACME.kind(), LedgerEvents.ACME.code(),
                "北京阿克米新名称有限公司", null, null);
        Instant early = Instant.parse("2025-03-04T02:00:00Z");
        Instant late = Instant.parse("2025-03-04T02:00:00.000526Z");
        // concurrent writers commit out of global-index order: the later-recorded record is handled first
        PenaltyRecorded later = LedgerEvents.penalty("P-LATE").subject(renamed).recordedAt(late).build();
        PenaltyRecorded earlier = LedgerEvents.penalty("P-EARLY").recordedAt(early).build();
        String subject = "SELECT name, first_recorded_at, last_changed_at FROM credit_profile_subject";

        // one statement per event (outside a unit of work) ...
        AnnotationEventHandlerAdapter alone = new AnnotationEventHandlerAdapter(new CreditProfileProjector(jdbc, ProjectionDatabase.dataSource()));
        alone.handle(message(later, 0));
        alone.handle(message(earlier, 0));
        List<?> oneByOne = jdbc.sql(subject).query((rs, n) -> List.of(rs.getString(1),
                rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant())).single();
        assertThat(oneByOne).isEqualTo(List.of(renamed.name(), early, late));

        // ... and both rows combined into one statement by a tracking batch leave the same
        jdbc.sql("DELETE FROM credit_profile_record").update();
        jdbc.sql("DELETE FROM credit_profile_subject").update();
        AnnotationEventHandlerAdapter profile = new AnnotationEventHandlerAdapter(new CreditProfileProjector(jdbc, ProjectionDatabase.dataSource()));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork =
                new BatchingUnitOfWork<>(List.of(message(later, 0), message(earlier, 0)));
        unitOfWork.executeWithResult(() -> {
            profile.handle(unitOfWork.getMessage());
            return null;
        });
        assertThat(jdbc.sql(subject).query((rs, n) -> List.of(rs.getString(1), rs.getTimestamp(2).toInstant(),
                rs.getTimestamp(3).toInstant())).single()).isEqualTo(oneByOne);
    }

    @Test
    void valuesOfEveryKindArriveAsGiven_whetherWrittenTogetherOrOneByOne() throws Exception {
        jdbc.sql("""
                CREATE TEMPORARY TABLE pending_rows_probe (id UUID PRIMARY KEY, label TEXT, day DATE,
                    at TIMESTAMPTZ, flag BOOLEAN, n BIGINT, amount NUMERIC)""").update();
        try {
            PendingRows rows = new PendingRows(jdbc, null, "INSERT INTO pending_rows_probe (id, label, day, at, flag, n, amount)",
                    7, "ON CONFLICT (id) DO NOTHING", null, null);
            List<String> labels = java.util.Arrays.asList("he said \"hi\"", "back\\slash\\", "{braces},commas",
                    "NULL", "", "  spaces  ", "北京市海淀区市场监督管理局", null, "'quoted'", "tab\tand\nnewline");
            List<List<Object>> given = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                given.add(java.util.Arrays.asList(java.util.UUID.randomUUID(), labels.get(i),
                        i % 3 == 0 ? null : java.time.LocalDate.of(2025, 1 + i, 28),
                        i % 4 == 0 ? null : Instant.parse("2025-03-04T02:00:00.000526Z").plusSeconds(i * 3_600L),
                        i % 5 == 0 ? null : i % 2 == 0, i % 6 == 0 ? null : (long) i * 1_000_000_007L,
                        i % 7 == 0 ? null : new java.math.BigDecimal("12.50").multiply(java.math.BigDecimal.valueOf(i))));
            }

            // together, in one statement when the unit of work commits
            BatchingUnitOfWork<EventMessage<?>> unitOfWork =
                    new BatchingUnitOfWork<>(List.of(message(LedgerEvents.penalty("P-1").build(), 0)));
            unitOfWork.executeWithResult(() -> {
                for (List<Object> row : given.subList(0, 6)) {
                    rows.add(javaSqlValues(row));
                }
                assertThat(count("pending_rows_probe")).as("nothing written before the commit").isZero();
                return null;
            });
            // one by one, outside a unit of work, with the same row again: nothing new
            for (List<Object> row : given.subList(5, given.size())) {
                rows.add(javaSqlValues(row));
            }

            List<List<Object>> read = jdbc.sql("SELECT id, label, day, at, flag, n, amount FROM pending_rows_probe")
                    .query((rs, n) -> java.util.Arrays.asList(rs.getObject(1), rs.getString(2),
                            rs.getObject(3, java.time.LocalDate.class),
                            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                            rs.getObject(5), rs.getObject(6), rs.getBigDecimal(7)))
                    .list();
            assertThat(read).containsExactlyInAnyOrderElementsOf(given);
        } finally {
            jdbc.sql("DROP TABLE pending_rows_probe").update();
        }
    }

    @Test
    void insideATransaction_rowsGoByCopy_andRowsAlreadyThereAreSkippedAsByTheInsert() throws Exception {
        jdbc.sql("""
                CREATE TEMPORARY TABLE pending_rows_probe (id UUID PRIMARY KEY, label TEXT, day DATE,
                    at TIMESTAMPTZ, flag BOOLEAN, n BIGINT)""").update();
        java.sql.Connection connection = ProjectionDatabase.dataSource().getConnection();
        try {
            PendingRows rows = new PendingRows(jdbc, ProjectionDatabase.dataSource(),
                    "INSERT INTO pending_rows_probe (id, label, day, at, flag, n)", 6,
                    "ON CONFLICT (id) DO NOTHING", null, null);
            List<String> labels = java.util.Arrays.asList("tab\there", "line\nbreak", "carriage\rreturn",
                    "back\\slash", "\\N", "NULL", "", "北京市海淀区", null, "{a,b}", "\"quoted\"",
                    "😀 𠀀 é");
            List<List<Object>> given = new ArrayList<>();
            for (int i = 0; i < 2 * PendingRows.COPY_FROM_ROWS; i++) {
                given.add(java.util.Arrays.asList(java.util.UUID.randomUUID(), labels.get(i % labels.size()),
                        i % 3 == 0 ? null : java.time.LocalDate.of(2025, 1 + i % 12, 28),
                        i % 4 == 0 ? null : Instant.parse("2025-03-04T02:00:00.000526Z").plusSeconds(i * 61L),
                        i % 5 == 0 ? null : i % 2 == 0, i % 6 == 0 ? null : (long) i * 1_000_000_007L));
            }
            connection.setAutoCommit(false);
            write(rows, given.subList(0, PendingRows.COPY_FROM_ROWS));
            assertThat(writtenInASubtransaction()).as("COPY in a savepoint").isTrue();
            connection.commit();

            // the next batch holds rows already written (a batch handled again): COPY refuses, the INSERT skips them
            write(rows, given.subList(PendingRows.COPY_FROM_ROWS / 2, given.size()));
            long inSavepoints = jdbc.sql("SELECT count(*) FROM pending_rows_probe WHERE xmin::text::bigint <> "
                    + "txid_current() % 4294967296").query(Long.class).single();
            assertThat(inSavepoints).as("only the earlier transaction's rows").isEqualTo(PendingRows.COPY_FROM_ROWS);
            connection.commit();

            List<List<Object>> read = jdbc.sql("SELECT id, label, day, at, flag, n FROM pending_rows_probe")
                    .query((rs, n) -> java.util.Arrays.asList(rs.getObject(1), rs.getString(2),
                            rs.getObject(3, java.time.LocalDate.class),
                            rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                            rs.getObject(5), rs.getObject(6)))
                    .list();
            assertThat(read).containsExactlyInAnyOrderElementsOf(given);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
            jdbc.sql("DROP TABLE pending_rows_probe").update();
        }
    }

    @Test
    void manyRowsOfChineseText_goByOneCopy_andReadBackAsGiven() throws Exception {
        jdbc.sql("CREATE TEMPORARY TABLE pending_rows_probe (id UUID PRIMARY KEY, label TEXT, n BIGINT)").update();
        java.sql.Connection connection = ProjectionDatabase.dataSource().getConnection();
        try {
            PendingRows rows = new PendingRows(jdbc, ProjectionDatabase.dataSource(),
                    "INSERT INTO pending_rows_probe (id, label, n)", 3, "ON CONFLICT (id) DO NOTHING", null, null);
            List<List<Object>> given = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                given.add(java.util.Arrays.asList(java.util.UUID.randomUUID(),
                        ("北京市海淀区市场监督管理局第" + i + "号\t😀\\").repeat(1 + i % 9), (long) i));
            }
            connection.setAutoCommit(false);
            BatchingUnitOfWork<EventMessage<?>> unitOfWork =
                    new BatchingUnitOfWork<>(List.of(message(LedgerEvents.penalty("P-1").build(), 0)));
            unitOfWork.executeWithResult(() -> {
                for (List<Object> row : given) {
                    rows.add(row.toArray());
                }
                return null;
            }).optionalExceptionResult().ifPresent(e -> {
                throw new AssertionError(e);
            });
            assertThat(writtenInASubtransaction()).as("COPY in a savepoint").isTrue();
            long bytes = jdbc.sql("SELECT sum(octet_length(label)) FROM pending_rows_probe").query(Long.class).single();
            assertThat(bytes).as("more than half a megabyte of text in one COPY").isGreaterThan(1L << 19);
            connection.commit();

            List<List<Object>> read = jdbc.sql("SELECT id, label, n FROM pending_rows_probe")
                    .query((rs, n) -> java.util.Arrays.asList(rs.getObject(1), rs.getString(2), rs.getObject(3)))
                    .list();
            assertThat(read).containsExactlyInAnyOrderElementsOf(given);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
            jdbc.sql("DROP TABLE pending_rows_probe").update();
        }
    }

    private void write(PendingRows rows, List<List<Object>> given) throws Exception {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork =
                new BatchingUnitOfWork<>(List.of(message(LedgerEvents.penalty("P-1").build(), 0)));
        unitOfWork.executeWithResult(() -> {
            for (List<Object> row : given) {
                rows.add(javaSqlValues(row));
            }
            return null;
        });
    }

    /** Whether the rows of this transaction were written in a subtransaction (a savepoint), as COPY writes them. */
    private boolean writtenInASubtransaction() {
        return jdbc.sql("SELECT bool_and(xmin::text::bigint <> txid_current() % 4294967296) FROM pending_rows_probe")
                .query(Boolean.class).single();
    }

    @Test
    void instantsAreWrittenInIso8601_thatReadBackAsTheSameInstant() {
        java.util.Random random = new java.util.Random(20261122);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-30_000_000_000L, 250_000_000_000L),
                    i % 3 == 0 ? 0 : random.nextInt(1_000_000_000));
            StringBuilder text = new StringBuilder();
            PendingRows.isoInstant(text, instant);
            assertThat(Instant.parse(text)).as(text.toString()).isEqualTo(instant);
        }
    }

    /** The row as the projectors give it: dates and times as {@code java.sql} values. */
    private static Object[] javaSqlValues(List<Object> row) {
        Object[] values = row.toArray();
        values[2] = values[2] == null ? null : java.sql.Date.valueOf((java.time.LocalDate) values[2]);
        values[3] = values[3] == null ? null : java.sql.Timestamp.from((Instant) values[3]);
        return values;
    }

    private static EventMessage<?> message(Object payload, long sequence) {
        return new GenericDomainEventMessage<>("CreditRecord", "record", sequence, payload);
    }
}
