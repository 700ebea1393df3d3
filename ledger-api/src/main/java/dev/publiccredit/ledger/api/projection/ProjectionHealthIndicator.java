package dev.publiccredit.ledger.api.projection;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health of the projections, at {@code /actuator/health/projections}: DOWN while any projection is stopped at an
 * event its handler failed on, with the error, each projection's position and how far it is behind the store.
 */
@Component("projections")
public class ProjectionHealthIndicator implements HealthIndicator {

    private final ProjectionMonitor monitor;

    public ProjectionHealthIndicator(ProjectionMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Health health() {
        long head = monitor.headPosition();
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (ProjectionMonitor.ProjectionState state : monitor.states()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("running", state.running());
            d.put("position", state.position());
            d.put("behind", state.position() == null ? head + 1 : Math.max(0, head - state.position()));
            if (state.inError()) {
                d.put("error", state.error());
                healthy = false;
            }
            details.put(state.name(), d);
        }
        details.put("eventStoreHead", head);
        return (healthy ? Health.up() : Health.down()).withDetails(details).build();
    }
}
