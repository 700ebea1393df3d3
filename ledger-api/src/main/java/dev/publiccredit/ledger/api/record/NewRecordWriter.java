package dev.publiccredit.ledger.api.record;

import dev.publiccredit.ledger.core.record.CreditRecord;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores the first event of new records, decided by {@code RecordCreation} (the function the {@link CreditRecord}
 * aggregate applies), without the command bus and without loading the (empty) aggregate: ADR 0020 for files, ADR
 * 0024 and 0026 for the single-record API (through {@link SubmissionWriter}). The events are published through
 * Axon's event store in a unit of work with the Spring transaction attached, so that they land in the same table
 * with the same serializer, type and sequence number as the aggregate's, and the subscribing processors
 * ({@code subject-index}) write their rows in the same transaction. A record already stored is a duplicate: nothing
 * is stored for it. When another writer stores the same record between the check and the append, the unique key
 * {@code (aggregate_identifier, sequence_number)} refuses the append and the transaction rolls back.
 */
@Component
public class NewRecordWriter {

    /** The aggregate type Axon records for the events of {@link CreditRecord}. */
    public static final String AGGREGATE_TYPE = CreditRecord.class.getSimpleName();
    private static final int ATTEMPTS = 5;

    /** The creation event of one record and the metadata to store with it. */
    public record NewRecord(RecordId recordId, Object event, MetaData metaData) {
    }

    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    public NewRecordWriter(EventStore eventStore, TransactionManager transactions, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /**
     * Stores each record that is not stored yet (the first of those with the same id), all in one transaction;
     * answers the ids it stored. The others are duplicates: nothing is stored for them. When another writer stores
     * one of them meanwhile, the chunk is tried again without it.
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
                messages.add(message(r.recordId(), r.event(), r.metaData()));
            }
            try {
                inUnitOfWork(() -> eventStore.publish(messages));
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

    /**
     * Appends the first events of these records, all in one transaction, each with {@code metaData} and a new
     * correlation and trace id, as a command would give its event; answers each record's global index, by record
     * id. Does not check for records already stored: when one is (or another writer stores it meanwhile), the
     * unique key {@code (aggregate_identifier, sequence_number)} refuses the append, the transaction rolls back and
     * {@link AggregateStreamCreationException} or {@link ConcurrencyException} is thrown.
     */
    Map<String, Long> appendNew(List<NewRecord> records) {
        List<DomainEventMessage<?>> messages = new ArrayList<>(records.size());
        for (NewRecord r : records) {
            String correlation = IdentifierFactory.getInstance().generateIdentifier();
            messages.add(message(r.recordId(), r.event(),
                    r.metaData().and("correlationId", correlation).and("traceId", correlation)));
        }
        Map<String, Long> positions = new HashMap<>();
        inUnitOfWork(() -> {
            eventStore.publish(messages);
            // prepare-commit handlers run in the order registered: this one after the event store's own, which
            // publish registered and which inserts the rows
            CurrentUnitOfWork.get().onPrepareCommit(u -> positions.putAll(firstEventIndexes(
                    records.stream().map(r -> r.recordId().toString()).toArray(String[]::new))));
        });
        return positions;
    }

    private static GenericDomainEventMessage<Object> message(RecordId recordId, Object event, MetaData metaData) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, recordId.toString(), 0L, event, metaData);
    }

    private void inUnitOfWork(Runnable task) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(task);
    }

    /** The global index of the first event of each of these records that has one, by record id. */
    private Map<String, Long> firstEventIndexes(String[] ids) {
        Map<String, Long> indexes = new HashMap<>();
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT aggregate_identifier, global_index FROM domain_event_entry "
                            + "WHERE aggregate_identifier = ANY(?) AND sequence_number = 0");
            statement.setArray(1, connection.createArrayOf("varchar", ids));
            return statement;
        }, rs -> {
            indexes.put(rs.getString(1), rs.getLong(2));
        });
        return indexes;
    }

    /** Which of these aggregate identifiers have events in the store. */
    Set<String> stored(Set<String> ids) {
        return firstEventIndexes(ids.toArray(String[]::new)).keySet();
    }
}
