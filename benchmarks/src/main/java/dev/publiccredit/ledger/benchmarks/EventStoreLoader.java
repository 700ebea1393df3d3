package dev.publiccredit.ledger.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Fills the event store for the replay and the reads: {@code events} record events (licences and penalties, as
 * {@link EventRows} makes them) about {@code subjects} subjects, every subject at least one, subject 0 (the heavy
 * subject) {@code heavyEvents}. Rows go in with {@code COPY} in chunks of 50,000, one transaction each: the fastest
 * honest way to have millions of events. The projections are then built by the ledger's own rebuild.
 *
 * <p>The ledger's tracking processors are stopped first: they would otherwise start on the loaded events at their
 * own pace. The rebuild starts the projection processors again when it switches over; the audit log processor stays
 * stopped for the rest of the run (it would spend the run appending a leaf per loaded event).
 */
final class EventStoreLoader {

    static final int CHUNK = 50_000;

    record Loaded(long events, double seconds) {
        double perSecond() {
            return events / seconds;
        }
    }

    static Loaded load(Bench bench) throws Exception {
        bench.bean(EventProcessingConfiguration.class).eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor) {
                processor.shutDown();
            }
        });
        Scale scale = bench.scale();
        // -Dbench.events=N loads N events instead of the scale's number (for quicker runs while working on the replay)
        long events = Long.getLong("bench.events", scale.events);
        SyntheticData data = bench.data();
        EventRows rows = new EventRows(bench);
        HexFormat hex = HexFormat.of();
        String url = bench.bean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
        long start = System.nanoTime();
        long base = 1_000_000_000L; // row indexes of the loaded data, apart from the baselines' rows
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 << 20);
            Instant now = Instant.now();
            for (long i = 0; i < events; i++) {
                long subject = i < scale.heavyEvents ? 0 : 1 + (i - scale.heavyEvents) % (data.subjects() - 1);
                EventRows.EventRow row = rows.recorded(data.validRow(base + i, subject), now);
                String line = row.aggregateId() + '\t' + row.sequence() + '\t' + row.type() + '\t' + row.eventId()
                        + "\t\\\\x" + hex.formatHex(row.metaData()) + "\t\\\\x" + hex.formatHex(row.payload())
                        + '\t' + row.payloadRevision() + '\t' + row.payloadType() + '\t' + row.timestamp() + '\n';
                buffer.writeBytes(line.getBytes(StandardCharsets.UTF_8));
                if ((i + 1) % CHUNK == 0 || i + 1 == events) {
                    copy.copyIn("""
                            COPY domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                 meta_data, payload, payload_revision, payload_type, time_stamp) FROM STDIN""",
                            new ByteArrayInputStream(buffer.toByteArray()));
                    connection.commit();
                    buffer.reset();
                    if ((i + 1) % (CHUNK * 4) == 0) {
                        System.out.printf("  loaded %,d of %,d events%n", i + 1, events);
                    }
                }
            }
            connection.createStatement().execute("ANALYZE domain_event_entry");
            connection.commit();
        }
        return new Loaded(events, (System.nanoTime() - start) / 1e9);
    }
}
