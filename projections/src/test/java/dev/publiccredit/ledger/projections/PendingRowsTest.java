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
        AnnotationEventHandlerAdapter profile = new AnnotationEventHandlerAdapter(new CreditProfileProjector(jdbc));
        AnnotationEventHandlerAdapter disclosure =
                new AnnotationEventHandlerAdapter(new DisclosureHistoryProjector(jdbc));
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

    private static EventMessage<?> message(Object payload, long sequence) {
        return new GenericDomainEventMessage<>("CreditRecord", "record", sequence, payload);
    }
}
