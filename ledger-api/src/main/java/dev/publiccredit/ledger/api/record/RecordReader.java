package dev.publiccredit.ledger.api.record;

import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.projections.record.RecordFold;
import dev.publiccredit.ledger.projections.record.RecordView;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a record straight from the event store, so a client reads its own write at once; and the global position
 * of the record's (or another aggregate's) last event, which a client can ask a projection read to wait for.
 */
@Component
public class RecordReader {

    private final EventStore eventStore;
    private final JdbcClient jdbc;

    public RecordReader(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    public Optional<RecordView> find(RecordId recordId) {
        RecordFold fold = new RecordFold();
        eventStore.readEvents(recordId.toString()).asStream()
                .forEach(event -> fold.add(event.getPayload(), event.getSequenceNumber()));
        return fold.view();
    }

    /** The global index of the record's last stored event. */
    public OptionalLong position(RecordId recordId) {
        return position(recordId.toString());
    }

    /** The global index of the last stored event of any aggregate (a record, a listing); empty if it has none. */
    public OptionalLong position(String aggregateIdentifier) {
        return jdbc.sql("""
                        SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?
                        ORDER BY sequence_number DESC LIMIT 1""")
                .param(aggregateIdentifier)
                .query(Long.class).optional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
