package dev.publiccredit.ledger.api.subject;

import dev.publiccredit.ledger.projections.asof.AsOfReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A subject's read models as the ledger knew them at a recorded time: the events of the subject's records (from the
 * subject record index, written with the events) and of its listings, read from the event store, those recorded at
 * or before that time replayed in stored order through the live projectors into temporary tables
 * ({@link AsOfReplay}).
 */
@Component
class SubjectReplay {

    private final EventStore events;
    private final JdbcClient jdbc;
    private final AsOfReplay replay;

    SubjectReplay(EventStore events, JdbcClient jdbc, AsOfReplay replay) {
        this.events = events;
        this.jdbc = jdbc;
        this.replay = replay;
    }

    /** What {@code read} reads after the subject's events recorded at or before {@code asOf} were replayed. */
    <T> T asOf(String subjectCode, Instant asOf, Supplier<T> read) {
        // read before the replay: inside it the listing table is the temporary copy
        List<String> aggregates = jdbc.sql("""
                        SELECT record_id::text FROM subject_record_index WHERE subject_code = :subject
                        UNION SELECT listing_id::text FROM listing WHERE subject_code = :subject""")
                .param("subject", subjectCode)
                .query(String.class).list();
        List<DomainEventMessage<?>> recorded = new ArrayList<>();
        for (String aggregate : aggregates) {
            events.readEvents(aggregate).asStream()
                    .filter(event -> !event.getTimestamp().isAfter(asOf))
                    .forEach(recorded::add);
        }
        Map<String, Long> stored = storedOrder(aggregates);
        recorded.sort(Comparator.comparing((DomainEventMessage<?> event) -> stored.get(event.getIdentifier())));
        return replay.replay(recorded, read);
    }

    /** The global index of each event of these aggregates, by event identifier. */
    private Map<String, Long> storedOrder(List<String> aggregates) {
        Map<String, Long> order = new HashMap<>();
        if (!aggregates.isEmpty()) {
            jdbc.sql("""
                            SELECT event_identifier, global_index FROM domain_event_entry
                            WHERE aggregate_identifier IN (:aggregates)""")
                    .param("aggregates", aggregates)
                    .query(rs -> {
                        order.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return order;
    }
}
