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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Stores the first event of new records, decided by {@code RecordCreation} (the function the {@link CreditRecord}
 * aggregate applies), without the command bus and without loading the (empty) aggregate: ADR 0020 for files, ADR
 * 0024 for the single-record API. The events are published through Axon's event store in a unit of work with the
 * Spring transaction attached, so that they land in the same table with the same serializer, type and sequence
 * number as the aggregate's, and the subscribing processors ({@code subject-index}) write their rows in the same
 * transaction. A record already stored is a duplicate: nothing is stored for it. When another writer stores the same
 * record between the check and the append, the unique key {@code (aggregate_identifier, sequence_number)} refuses
 * the append and the transaction rolls back.
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
     * Stores one new record, in one transaction: if the record is not stored yet, its creation event as
     * {@code decide} decides it (called only then, so a repeat is not decided again, as the aggregate does not
     * decide it), with {@code metaData} and a new correlation and trace id, as a command would give its event.
     * Answers the global index of the stored event; empty when the record was already stored, or another writer
     * stored it meanwhile: a duplicate, nothing stored.
     */
    public OptionalLong appendOne(RecordId recordId, Supplier<Object> decide, MetaData metaData) {
        String id = recordId.toString();
        long[] position = {-1};
        try {
            inUnitOfWork(() -> {
                if (firstEventIndex(id) != null) {
                    return;
                }
                String correlation = IdentifierFactory.getInstance().generateIdentifier();
                eventStore.publish(message(recordId, decide.get(),
                        metaData.and("correlationId", correlation).and("traceId", correlation)));
                // prepare-commit handlers run in the order registered: this one after the event store's own,
                // which publish registered and which inserts the row
                CurrentUnitOfWork.get().onPrepareCommit(u -> position[0] = Objects.requireNonNull(firstEventIndex(id)));
            });
        } catch (AggregateStreamCreationException | ConcurrencyException storedMeanwhile) {
            return OptionalLong.empty();
        }
        return position[0] < 0 ? OptionalLong.empty() : OptionalLong.of(position[0]);
    }

    private static GenericDomainEventMessage<Object> message(RecordId recordId, Object event, MetaData metaData) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, recordId.toString(), 0L, event, metaData);
    }

    private void inUnitOfWork(Runnable task) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(task);
    }

    /** The global index of the record's first event; null when it has none. */
    private @Nullable Long firstEventIndex(String id) {
        List<Long> index = jdbc.queryForList("SELECT global_index FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", Long.class, id);
        return index.isEmpty() ? null : index.get(0);
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
