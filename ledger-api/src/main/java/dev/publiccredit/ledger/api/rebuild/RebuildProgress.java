package dev.publiccredit.ledger.api.rebuild;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a projection rebuild is: the event store's head and the global index folded so far, the share done, the
 * rate since it started and the estimated time left.
 */
public record RebuildProgress(UUID id, State state, Instant startedAt, @Nullable Instant finishedAt, long head,
                              long position, long events, double percent, double eventsPerSecond,
                              @Nullable Double secondsLeft, double elapsedSeconds, @Nullable String error) {

    public enum State {
        /** Folding events into the copies; the live tables answer. */
        RUNNING,
        /** Folding the last events and switching tables; reads of the projections wait for it. */
        SWITCHING,
        /** The copies are the live tables. */
        DONE,
        /** Stopped; the live tables were kept. */
        FAILED
    }

    double fraction() {
        return percent / 100;
    }
}
