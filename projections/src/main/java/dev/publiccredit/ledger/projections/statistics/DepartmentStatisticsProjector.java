package dev.publiccredit.ledger.projections.statistics;

import dev.publiccredit.ledger.core.record.event.DoublePublicityTimeliness;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.record.event.RecordSource;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.projections.PendingRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;

/** Keeps one row per record for the department statistics: category, double-publicity timeliness, revocation. */
@Component
@ProcessingGroup(DepartmentStatisticsProjector.GROUP)
public class DepartmentStatisticsProjector {

    public static final String GROUP = "department-statistics";

    private final JdbcClient jdbc;
    private final PendingRows records;

    /** {@code dataSource} is that of {@code jdbc}: the rows of new records go by {@code COPY} where they can. */
    public DepartmentStatisticsProjector(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.records = new PendingRows(jdbc, dataSource, """
                INSERT INTO department_record (record_id, department, category, decision_date, submitted_on,
                       deadline, on_time)""", 7, "ON CONFLICT (record_id) DO NOTHING", null, null);
    }

    @EventHandler
    void on(PenaltyRecorded event) {
        insert(event.recordId(), event.source(), RecordCategory.PENALTY, event.timeliness());
    }

    @EventHandler
    void on(LicenceRecorded event) {
        insert(event.recordId(), event.source(), RecordCategory.LICENCE, event.timeliness());
    }

    @EventHandler
    void on(RecordCorrected event) {
        DoublePublicityTimeliness t = event.timeliness();
        if (t != null) {
            jdbc.sql("""
                            UPDATE department_record SET decision_date = ?, deadline = ?, on_time = ?
                            WHERE record_id = ?""")
                    .params(Date.valueOf(t.decisionDate()), Date.valueOf(t.deadline()), t.onTime(),
                            event.recordId().value())
                    .update();
        }
        jdbc.sql("UPDATE department_record SET corrections = corrections + 1 WHERE record_id = ?")
                .param(event.recordId().value()).update();
    }

    @EventHandler
    void on(RecordRevoked event) {
        jdbc.sql("UPDATE department_record SET revoked = TRUE WHERE record_id = ?")
                .param(event.recordId().value()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM department_record").update();
    }

    private void insert(RecordId recordId, RecordSource source, RecordCategory category,
                        DoublePublicityTimeliness t) {
        records.add(recordId.value(), source.department().value(), category.name(), t.decisionDate(),
                t.submittedOn(), t.deadline(), t.onTime());
    }

    /** The rows of new records wait for the end of the batch; any other event writes them first. */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object inOrder(EventMessage<?> event, InterceptorChain chain) throws Exception {
        return PendingRows.inOrder(event, chain, records);
    }
}
