package dev.publiccredit.ledger.api.access;

import dev.publiccredit.ledger.api.config.LedgerProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Deletes query-log entries older than {@code ledger.access-log.retention} (10 years), every
 * {@code ledger.access-log.purge-interval} when {@code purge-enabled}. It deletes a prefix of the log by entry id: the
 * entries below the first one that is still within the retention or has no leaf yet, so an entry leaves the table only
 * once the Merkle log covers it. The leaves stay; the purge records the range it deleted in {@code access_log_purge},
 * which the verification reads to tell a purged entry from a deleted one. The table's trigger lets the delete through
 * only with the purge's settings and only for rows older than its cut-off.
 */
@Component
public class AccessLogRetention {

    private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

    /** What one purge deleted: the entries {@code fromEntryId} to {@code toEntryId}. */
    public record Purge(long fromEntryId, long toEntryId, long deleted, Instant cutoff) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LedgerProperties.AccessLog settings;

    public AccessLogRetention(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock,
                              LedgerProperties properties) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.settings = properties.accessLog();
    }

    @Scheduled(fixedDelayString = "${ledger.access-log.purge-interval}",
            initialDelayString = "${ledger.access-log.purge-interval}")
    void scheduled() {
        if (settings.purgeEnabled()) {
            Purge purge = purge();
            if (purge != null) {
                log.info("Purged {} query-log entries accessed before {} (ids {} to {})", purge.deleted(),
                        purge.cutoff(), purge.fromEntryId(), purge.toEntryId());
            }
        }
    }

    /** Deletes the entries past the retention now; null when none is due. */
    public @Nullable Purge purge() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(settings.retention()).toInstant();
        return transactions.execute(status -> {
            long below = jdbc.sql("""
                            SELECT coalesce(min(a.entry_id), 9223372036854775807) FROM access_log a
                            WHERE a.accessed_at >= ?
                               OR NOT EXISTS (SELECT 1 FROM audit_log_leaf l WHERE l.access_entry_id = a.entry_id)""")
                    .param(Timestamp.from(cutoff)).query(Long.class).single();
            long from = jdbc.sql("SELECT coalesce(min(entry_id), 0) FROM access_log WHERE entry_id < ?").param(below)
                    .query(Long.class).single();
            if (from == 0) {
                return null;
            }
            jdbc.sql("SELECT set_config('ledger.access_log_purge', 'on', true), "
                            + "set_config('ledger.access_log_purge_before', ?, true)")
                    .param(cutoff.toString()).query().listOfRows();
            long to = jdbc.sql("SELECT max(entry_id) FROM access_log WHERE entry_id < ?").param(below)
                    .query(Long.class).single();
            int deleted = jdbc.sql("DELETE FROM access_log WHERE entry_id <= ?").param(to).update();
            jdbc.sql("SELECT set_config('ledger.access_log_purge', 'off', true)").query().listOfRows();
            jdbc.sql("""
                            INSERT INTO access_log_purge (from_entry_id, to_entry_id, deleted, cutoff, purged_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(from, to, deleted, Timestamp.from(cutoff), Timestamp.from(clock.instant()))
                    .update();
            return new Purge(from, to, deleted, cutoff);
        });
    }
}
