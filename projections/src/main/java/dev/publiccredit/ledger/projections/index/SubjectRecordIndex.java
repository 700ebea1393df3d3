package dev.publiccredit.ledger.projections.index;

import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.projections.PendingRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * Which records belong to which subject. Runs in a subscribing processor, inside the transaction that stores the
 * event, so the index is never behind the event store: an auditor asking for a subject's history right after a write
 * sees that write.
 */
@Component
@ProcessingGroup(SubjectRecordIndex.GROUP)
public class SubjectRecordIndex {

    public static final String GROUP = "subject-index";

    private final JdbcClient jdbc;
    private final PendingRows rows;

    /** {@code dataSource} is that of {@code jdbc}: the rows of new records go by {@code COPY} where they can. */
    public SubjectRecordIndex(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.rows = new PendingRows(jdbc, dataSource, "INSERT INTO subject_record_index (record_id, subject_code, category)", 3,
                "ON CONFLICT (record_id) DO NOTHING", null, null);
    }

    @EventHandler
    void on(PenaltyRecorded event) {
        add(event.recordId(), event.subject().code(), RecordCategory.PENALTY);
    }

    @EventHandler
    void on(LicenceRecorded event) {
        add(event.recordId(), event.subject().code(), RecordCategory.LICENCE);
    }

    private void add(RecordId recordId, String subjectCode, RecordCategory category) {
        rows.add(recordId.value(), subjectCode, category.name());
    }
}
