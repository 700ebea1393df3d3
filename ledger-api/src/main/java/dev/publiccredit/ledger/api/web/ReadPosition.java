package dev.publiccredit.ledger.api.web;

import dev.publiccredit.ledger.api.config.LedgerProperties;
import dev.publiccredit.ledger.api.projection.ProjectionMonitor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for projection reads. Every write answers {@code X-Ledger-Position}, the global position of the
 * event it stored; a read sent with {@code X-Ledger-Await-Position: N} waits (up to
 * {@code ledger.api.await-position-limit}) until the projection it reads has processed N, else answers 503.
 * It waits for that projection only: another projection that is stopped does not hold it up.
 */
@Component
public class ReadPosition {

    public static final String POSITION = "X-Ledger-Position";
    public static final String AWAIT = "X-Ledger-Await-Position";

    private final ProjectionMonitor monitor;
    private final LedgerProperties properties;

    public ReadPosition(ProjectionMonitor monitor, LedgerProperties properties) {
        this.monitor = monitor;
        this.properties = properties;
    }

    public void await(String projection, @Nullable String header) {
        if (header == null || header.isBlank()) {
            return;
        }
        long position;
        try {
            position = Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequest(AWAIT, "must be a whole number");
        }
        await(projection, position);
    }

    public void await(String projection, long position) {
        try {
            if (!monitor.await(projection, position, properties.api().awaitPositionLimit())) {
                throw new PositionNotReached(position);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PositionNotReached(position);
        }
    }
}
