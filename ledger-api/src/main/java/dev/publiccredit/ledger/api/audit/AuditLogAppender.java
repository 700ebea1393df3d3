package dev.publiccredit.ledger.api.audit;

import dev.publiccredit.ledger.projections.CommitBuffer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * The tracking processor {@value #GROUP}: appends one leaf for every stored event, in the order the processor reads
 * them (global-index order, but for an event whose transaction committed after a later one: it fills a gap, and gets
 * the next leaf when it appears).
 *
 * <p>The handler only notes the event's identifier in the batch's unit of work; when the batch prepares to commit,
 * {@link AuditLog#appendEvents} appends the leaves of all its events together, in the order handled, in the batch's
 * transaction, which also stores the processor's token. So an event is logged exactly once; a replay finds its events
 * logged and appends nothing. A row that cannot be read back fails the batch, and the processor stops there and
 * retries (ADR 0005), visible in the health details. Called outside a unit of work, the handler appends at once.
 *
 * <p>The handler takes the message, not the payload: Axon then never deserializes the payload (the leaf hashes the
 * stored row, read back by event identifier).
 */
@Component
@ProcessingGroup(AuditLogAppender.GROUP)
public class AuditLogAppender {

    public static final String GROUP = "audit-log";

    private final AuditLog log;
    private final TransactionTemplate transactions;
    private final String resource = AuditLogAppender.class.getName() + "#" + System.identityHashCode(this);

    public AuditLogAppender(AuditLog log, PlatformTransactionManager transactionManager) {
        this.log = log;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventHandler
    void on(EventMessage<?> event) {
        if (!CurrentUnitOfWork.isStarted()) {
            transactions.executeWithoutResult(status -> log.appendEvents(List.of(event.getIdentifier())));
            return;
        }
        CommitBuffer.<String>of(CurrentUnitOfWork.get(), resource, log::appendEvents).add(event.getIdentifier());
    }
}
