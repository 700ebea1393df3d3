package dev.publiccredit.ledger.api.batch;

import dev.publiccredit.ledger.core.record.CreditRecord;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bulk write path (ADR 0020): the first events of many new records appended in one transaction through Axon's
 * event store, in a unit of work, so that they land in the same table with the same serializer as the events of the
 * single path, and the subscribing processors ({@code subject-index}) write their rows in the same transaction. A
 * record already stored is skipped (one query per chunk); when another writer stores one of the records between that
 * query and the append, the unique key refuses the whole append and the chunk is tried again without it.
 */
@Component
public class BulkRecordWriter {

    /** The aggregate type Axon records for the events of {@link CreditRecord}. */
    static final String AGGREGATE_TYPE = CreditRecord.class.getSimpleName();
    private static final int ATTEMPTS = 5;

    /** The creation event of one record and the metadata to store with it. */
    public record NewRecord(RecordId recordId, Object event, MetaData metaData) {
    }

    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    public BulkRecordWriter(EventStore eventStore, TransactionManager transactions, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /**
     * Stores each record that is not stored yet (the first of those with the same id), all in one transaction;
     * answers the ids it stored. The others are duplicates: nothing is stored for them.
     */
    public Set<RecordId> append(List<NewRecord> records) {
        Map<String, NewRecord> unique = new LinkedHashMap<>();
        records.forEach(r -> unique.putIfAbsent(r.recordId().toString(), r));
        for (int attempt = 1; ; attempt++) {
            unique.keySet().removeAll(stored(unique.keySet()));
            if (unique.isEmpty()) {
                return Set.of();
            }
            List<DomainEventMessage<?>> messages = new ArrayList<>(unique.size());
            for (NewRecord r : unique.values()) {
                messages.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, r.recordId().toString(), 0L, r.event(),
                        r.metaData()));
            }
            try {
                DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
                unitOfWork.attachTransaction(transactions);
                unitOfWork.execute(() -> eventStore.publish(messages));
                Set<RecordId> stored = new HashSet<>();
                unique.values().forEach(r -> stored.add(r.recordId()));
                return stored;
            } catch (AggregateStreamCreationException | ConcurrencyException storedMeanwhile) {
                // another writer stored one of these records since the query: query again, append the rest
                if (attempt == ATTEMPTS) {
                    throw storedMeanwhile;
                }
            }
        }
    }

    /** Which of these aggregate identifiers have events in the store. */
    private Set<String> stored(Set<String> ids) {
        String[] values = ids.toArray(String[]::new);
        return new HashSet<>(jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT aggregate_identifier FROM domain_event_entry WHERE aggregate_identifier = ANY(?) "
                            + "AND sequence_number = 0");
            statement.setArray(1, connection.createArrayOf("varchar", values));
            return statement;
        }, (rs, n) -> rs.getString(1)));
    }
}
