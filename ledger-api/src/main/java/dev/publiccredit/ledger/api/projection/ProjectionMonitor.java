package dev.publiccredit.ledger.api.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Watches the streaming projections: where each one is in the event stream, and whether it is stopped at an event
 * whose handler failed. Reads can wait here until the projections have processed a given global position, which is
 * how a client reads its own write from a projection.
 */
@Component
public class ProjectionMonitor {

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;

    public ProjectionMonitor(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /**
     * One projection's state. {@code position} is the lowest global index it has processed over its segments,
     * {@code null} before it has processed anything; {@code error} is the failure it is retrying, if any.
     */
    public record ProjectionState(String name, boolean running, boolean inError, @Nullable String error,
                                  @Nullable Long position) {
    }

    public List<ProjectionState> states() {
        List<ProjectionState> states = new ArrayList<>();
        Map<String, org.axonframework.eventhandling.EventProcessor> processors = processing.eventProcessors();
        processors.forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
                EventTrackerStatus failed = status.values().stream().filter(EventTrackerStatus::isErrorState)
                        .findFirst().orElse(null);
                Long position = status.isEmpty() ? null : status.values().stream()
                        .map(s -> s.getCurrentPosition().orElse(-1L))
                        .min(Comparator.naturalOrder()).orElse(null);
                states.add(new ProjectionState(name, streaming.isRunning(), failed != null,
                        failed == null || failed.getError() == null ? null : describe(failed.getError()),
                        position == null || position < 0 ? null : position));
            }
        });
        states.sort(Comparator.comparing(ProjectionState::name));
        return states;
    }

    /** The global index of the newest stored event, or -1 when the store is empty. */
    public long headPosition() {
        return jdbc.sql("SELECT coalesce(max(global_index), -1) FROM domain_event_entry").query(Long.class).single();
    }

    /** Whether the named streaming projection has processed the event at {@code position} and all before it. */
    public boolean reached(String projection, long position) {
        org.axonframework.eventhandling.EventProcessor processor = processing.eventProcessors().get(projection);
        if (processor == null) {
            throw new IllegalArgumentException("no projection " + projection);
        }
        {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, EventTrackerStatus> status = streaming.processingStatus();
                if (status.isEmpty()) {
                    return false;
                }
                for (EventTrackerStatus segment : status.values()) {
                    if (!covers(segment.getTrackingToken(), position)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Waits until {@link #reached} or the timeout; answers whether it was reached. */
    public boolean await(String projection, long position, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(projection, position)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private static boolean covers(@Nullable TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        TrackingToken lowerBound = org.axonframework.eventhandling.WrappedToken.unwrapLowerBound(token);
        if (lowerBound instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return token.position().orElse(-1L) >= position;
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return error.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
