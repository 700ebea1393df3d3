package dev.publiccredit.ledger.projections.expiry;

import dev.publiccredit.ledger.core.record.event.DisclosureEnded;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.projections.PendingRows;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.LocalDate;

/**
 * Keeps each record's publicity expiry: the latest end of its window while it is disclosed with a window that ends
 * (set when recorded, moved when a correction decides a new window), none once disclosure ends or the record is
 * revoked, set again when disclosure resumes. Keeps the record's department for the sweep's metadata.
 */
@Component
@ProcessingGroup(PublicityExpiryProjector.GROUP)
public class PublicityExpiryProjector {

    public static final String GROUP = "publicity-expiry";

    private final JdbcClient jdbc;
    private final PendingRows records;

    /** {@code dataSource} is that of {@code jdbc}: the rows of new records go by {@code COPY} where they can. */
    public PublicityExpiryProjector(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.records = new PendingRows(jdbc, dataSource, "INSERT INTO publicity_expiry (record_id, department, latest_end_on)", 3,
                "ON CONFLICT (record_id) DO NOTHING", null, null);
    }

    @EventHandler
    void on(PenaltyRecorded event) {
        recorded(event.recordId(), event.source().department().value(), event.publicityWindow().latestEndOn());
    }

    @EventHandler
    void on(LicenceRecorded event) {
        recorded(event.recordId(), event.source().department().value(), event.publicityWindow().latestEndOn());
    }

    /** A new window moves the end while the record is disclosed; a record no longer disclosed stays not due. */
    @EventHandler
    void on(RecordCorrected event) {
        if (event.publicityWindow() != null) {
            jdbc.sql("UPDATE publicity_expiry SET latest_end_on = ? WHERE record_id = ? AND latest_end_on IS NOT NULL")
                    .params(date(event.publicityWindow().latestEndOn()), event.recordId().value()).update();
        }
    }

    @EventHandler
    void on(DisclosureEnded event) {
        dueOn(event.recordId(), null);
    }

    @EventHandler
    void on(RecordRevoked event) {
        dueOn(event.recordId(), null);
    }

    @EventHandler
    void on(DisclosureResumed event) {
        dueOn(event.recordId(), event.visibleUntil());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM publicity_expiry").update();
    }

    private void recorded(RecordId recordId, String department, @Nullable LocalDate latestEnd) {
        records.add(recordId.value(), department, latestEnd);
    }

    /** The rows of new records wait for the end of the batch; any other event writes them first. */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object inOrder(EventMessage<?> event, InterceptorChain chain) throws Exception {
        return PendingRows.inOrder(event, chain, records);
    }

    private void dueOn(RecordId recordId, @Nullable LocalDate latestEnd) {
        jdbc.sql("UPDATE publicity_expiry SET latest_end_on = ? WHERE record_id = ?")
                .params(date(latestEnd), recordId.value()).update();
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
