package dev.publiccredit.ledger.projections.dispute;

import dev.publiccredit.ledger.core.dispute.event.ObjectionRaised;
import dev.publiccredit.ledger.core.dispute.event.RepairApplied;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Which record an objection or a repair application belongs to. Runs in a subscribing processor, inside the
 * transaction that stores the case's first event, so an endpoint that names a case by its id finds the record as
 * soon as the case has been acknowledged.
 */
@Component
@ProcessingGroup(DisputeCaseIndex.GROUP)
public class DisputeCaseIndex {

    public static final String GROUP = "dispute-case-index";

    private final JdbcClient jdbc;

    public DisputeCaseIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ObjectionRaised event) {
        add(event.objectionId().value(), event.recordId(), CaseType.OBJECTION);
    }

    @EventHandler
    void on(RepairApplied event) {
        add(event.applicationId().value(), event.recordId(), CaseType.REPAIR);
    }

    /** The record the case of this type belongs to; empty for an unknown id or a case of the other type. */
    public Optional<RecordId> recordOf(UUID caseId, CaseType type) {
        return jdbc.sql("SELECT record_id FROM dispute_case_index WHERE case_id = ? AND case_type = ?")
                .params(caseId, type.name())
                .query((rs, n) -> new RecordId(rs.getObject(1, UUID.class)))
                .optional();
    }

    private void add(UUID caseId, RecordId recordId, CaseType type) {
        jdbc.sql("""
                        INSERT INTO dispute_case_index (case_id, record_id, case_type) VALUES (?, ?, ?)
                        ON CONFLICT (case_id) DO NOTHING""")
                .params(caseId, recordId.value(), type.name())
                .update();
    }
}
