package dev.publiccredit.ledger.api.config;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures Axon is told are a unique key refusing an append (PostgreSQL's SQLState 23505). */
class UniqueViolationTest {

    @Test
    void aUniqueViolation_isFound_onTheBatchException_orOnTheExceptionItChains() {
        BatchUpdateException onTheBatch = new BatchUpdateException("Batch entry 0 INSERT … was aborted", "23505",
                new int[0]);
        BatchUpdateException chained = new BatchUpdateException("Batch entry 0 INSERT … was aborted", null,
                new int[0]);
        chained.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(AxonConfiguration.isUniqueViolation(new EventStoreException("append failed", onTheBatch)))
                .isTrue();
        assertThat(AxonConfiguration.isUniqueViolation(new RuntimeException(chained))).isTrue();
    }

    @Test
    void otherFailures_areNot() {
        assertThat(AxonConfiguration.isUniqueViolation(new EventStoreException("append failed",
                new SQLException("deadlock detected", "40P01")))).isFalse();
        assertThat(AxonConfiguration.isUniqueViolation(new IllegalStateException("no SQL here"))).isFalse();
    }
}
