package dev.publiccredit.ledger.benchmarks;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Locale;

/**
 * Bytes per event on disk, after the load and the replay: the event store (table with its TOAST, and its indexes)
 * per stored event, the projections' tables per event, and the projection of both to 100,000,000 events.
 */
final class StorageScenario implements Scenario {

    static final long TARGET = 100_000_000L;
    static final List<String> PROJECTION_TABLES = List.of("subject_record_index", "credit_profile_subject",
            "credit_profile_record", "credit_profile_objection", "disclosure_state", "disclosure_history_entry",
            "department_record", "dispute_case_index", "dispute_case", "dispute_case_item", "dispute_case_deadline",
            "dispute_case_history", "publicity_expiry", "listing", "listing_measure", "listing_repair_relief");

    @Override
    public String name() {
        return "Storage: bytes per event (event store, table + indexes)";
    }

    @Override
    public Result run(Bench bench) {
        JdbcClient jdbc = bench.jdbc();
        jdbc.sql("VACUUM ANALYZE domain_event_entry").update();
        long events = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
        long table = size(jdbc, "pg_table_size('domain_event_entry')");
        long indexes = size(jdbc, "pg_indexes_size('domain_event_entry')");
        long projections = 0;
        StringBuilder rows = new StringBuilder();
        for (String name : PROJECTION_TABLES) {
            long bytes = size(jdbc, "pg_total_relation_size('" + name + "')");
            projections += bytes;
            rows.append(String.format(Locale.ROOT, "| `%s` | %,d | %.0f |%n", name, bytes, (double) bytes / events));
        }
        long audit = size(jdbc, "pg_total_relation_size('audit_log_leaf')");
        double perEvent = (double) (table + indexes) / events;
        bench.section("Storage", String.format(Locale.ROOT, """
                Measured after the load, the replay and the write baselines: %,d events in `domain_event_entry`.

                | Relation | Bytes | Bytes per event | At 100,000,000 events |
                |---|---:|---:|---:|
                | `domain_event_entry` table (with TOAST) | %,d | %.0f | %s |
                | `domain_event_entry` indexes (primary key, aggregate + sequence, event id) | %,d | %.0f | %s |
                | **event store total** | %,d | **%.0f** | **%s** |
                | projection tables (all, with their indexes) | %,d | %.0f | %s |
                | event store + projections | %,d | %.0f | %s |

                The audit log (`audit_log_leaf`, one leaf per event, %,d bytes now) is not in these numbers: its \
                processor was stopped during the load (see Replay); at about 150 bytes per leaf it would add about \
                %s at 100,000,000 events. Projected sizes scale the measured bytes per event linearly; PostgreSQL's \
                per-page overhead is already in the measured numbers.

                Projection tables:

                | Table | Bytes | Bytes per event |
                |---|---:|---:|
                %s""", events, table, (double) table / events, projected(table, events), indexes,
                (double) indexes / events, projected(indexes, events), table + indexes, perEvent,
                projected(table + indexes, events), projections, (double) projections / events,
                projected(projections, events), table + indexes + projections,
                (double) (table + indexes + projections) / events, projected(table + indexes + projections, events),
                audit, gib(150L * TARGET), rows));
        return new Result(name(), "bytes/event", List.of(perEvent), null, String.format(Locale.ROOT,
                "%,d events; projected %s at 100,000,000 events (event store only; see Storage)", events,
                projected(table + indexes, events)));
    }

    private static long size(JdbcClient jdbc, String expression) {
        return jdbc.sql("SELECT " + expression).query(Long.class).single();
    }

    private static String projected(long bytes, long events) {
        return gib((double) bytes / events * TARGET);
    }

    private static String gib(double bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1L << 30));
    }
}
