package dev.publiccredit.ledger.api.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Per projection: {@code ledger.projection.error} (1 while stopped at a failing event, else 0) and
 * {@code ledger.projection.behind} (events between its position and the store's head).
 */
@Component
public class ProjectionMetrics implements MeterBinder {

    private final ProjectionMonitor monitor;
    private final EventProcessingConfiguration processing;

    public ProjectionMetrics(ProjectionMonitor monitor, EventProcessingConfiguration processing) {
        this.monitor = monitor;
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                Gauge.builder("ledger.projection.error", () -> state(name).map(s -> s.inError() ? 1 : 0).orElse(0))
                        .tag("projection", name)
                        .description("1 while the projection is stopped at an event its handler failed on")
                        .register(registry);
                Gauge.builder("ledger.projection.behind", () -> state(name).map(s -> {
                            long head = monitor.headPosition();
                            return s.position() == null ? head + 1 : Math.max(0, head - s.position());
                        }).orElse(0L))
                        .tag("projection", name)
                        .description("events stored but not yet processed by the projection")
                        .register(registry);
            }
        });
    }

    private java.util.Optional<ProjectionMonitor.ProjectionState> state(String name) {
        return monitor.states().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
