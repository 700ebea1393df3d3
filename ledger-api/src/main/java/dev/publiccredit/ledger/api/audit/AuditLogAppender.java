package dev.publiccredit.ledger.api.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * The tracking processor {@value #GROUP}: appends one leaf for every stored event, in the order the processor reads
 * them (global-index order, but for an event whose transaction committed after a later one: it fills a gap, and gets
 * the next leaf when it appears). The leaves of a batch and the processor's token commit together, so an event is
 * logged exactly once; a replay finds its events logged and appends nothing. A row that cannot be read back stops the
 * processor at that event (ADR 0005), visible in the health details.
 */
@Component
@ProcessingGroup(AuditLogAppender.GROUP)
public class AuditLogAppender {

    public static final String GROUP = "audit-log";

    private final AuditLog log;

    public AuditLogAppender(AuditLog log) {
        this.log = log;
    }

    @EventHandler
    void on(Object payload, @MessageIdentifier String eventIdentifier) {
        if (log.leaf(eventIdentifier).isPresent()) {
            return;
        }
        StoredEvent stored = log.storedEvent(eventIdentifier).orElseThrow(() -> new IllegalStateException(
                "event " + eventIdentifier + " was read from the event store but its row is not there"));
        log.append(stored);
    }
}
