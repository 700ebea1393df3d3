package dev.publiccredit.ledger.api.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives query-log entries their leaves: every {@code ledger.access-log.leaf-interval} it appends the entries without
 * a leaf in entry-id order, {@value #BATCH} in one transaction, up to the highest id committed when the run began.
 * Several instances may run it: the advisory locks make the runs serial with each other and with the event appender.
 */
@Component
@DependsOnDatabaseInitialization
public class AccessLeafAppender {

    private static final Logger log = LoggerFactory.getLogger(AccessLeafAppender.class);
    static final int BATCH = 500;

    private final AuditLog auditLog;
    private final TransactionTemplate transactions;

    public AccessLeafAppender(AuditLog auditLog, PlatformTransactionManager transactionManager) {
        this.auditLog = auditLog;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${ledger.access-log.leaf-interval}",
            initialDelayString = "${ledger.access-log.leaf-interval}")
    void scheduled() {
        try {
            appendPending();
        } catch (RuntimeException e) {
            log.error("Could not append the leaves of query-log entries; the next run retries", e);
        }
    }

    /**
     * Appends the leaves of every entry without one that was committed when the run began; answers how many. The
     * exclusive entry lock is held only for the horizon's short transaction, so reads wait for the appender at most
     * that long, not for the appends.
     */
    public int appendPending() {
        Long horizon = transactions.execute(status -> auditLog.committedEntryHorizon());
        long upTo = horizon == null ? 0 : horizon;
        int total = 0;
        int appended;
        do {
            Integer batch = transactions.execute(status -> auditLog.appendAccessEntries(BATCH, upTo));
            appended = batch == null ? 0 : batch;
            total += appended;
        } while (appended == BATCH);
        return total;
    }
}
