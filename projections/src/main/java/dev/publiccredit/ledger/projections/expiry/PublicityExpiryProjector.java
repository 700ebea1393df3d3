package dev.publiccredit.ledger.projections.expiry;

import dev.publiccredit.ledger.core.record.event.DisclosureEnded;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;

/**
 * Keeps the table of records still disclosed with the latest end of their publicity window: added when recorded
 * (a window without an end is never added), moved when a correction decides a new window, removed when disclosure
 * ends or the record is revoked, added again when disclosure resumes.
 */
@Component
@ProcessingGroup(PublicityExpiryProjector.GROUP)
public class PublicityExpiryProjector {

    public static final String GROUP = "publicity-expiry";

    private final JdbcClient jdbc;

    public PublicityExpiryProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PenaltyRecorded event) {
        disclosedUntil(event.recordId(), event.publicityWindow().latestEndOn());
    }

    @EventHandler
    void on(LicenceRecorded event) {
        disclosedUntil(event.recordId(), event.publicityWindow().latestEndOn());
    }

    @EventHandler
    void on(RecordCorrected event) {
        if (event.publicityWindow() == null) {
            return;
        }
        LocalDate latestEnd = event.publicityWindow().latestEndOn();
        if (latestEnd == null) {
            removed(event.recordId());
        } else {
            jdbc.sql("UPDATE publicity_expiry SET latest_end_on = ? WHERE record_id = ?")
                    .params(Date.valueOf(latestEnd), event.recordId().value()).update();
        }
    }

    @EventHandler
    void on(DisclosureEnded event) {
        removed(event.recordId());
    }

    @EventHandler
    void on(RecordRevoked event) {
        removed(event.recordId());
    }

    @EventHandler
    void on(DisclosureResumed event) {
        disclosedUntil(event.recordId(), event.visibleUntil());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM publicity_expiry").update();
    }

    private void disclosedUntil(RecordId recordId, @Nullable LocalDate latestEnd) {
        if (latestEnd == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO publicity_expiry (record_id, latest_end_on) VALUES (?, ?)
                        ON CONFLICT (record_id) DO UPDATE SET latest_end_on = excluded.latest_end_on""")
                .params(recordId.value(), Date.valueOf(latestEnd))
                .update();
    }

    private void removed(RecordId recordId) {
        jdbc.sql("DELETE FROM publicity_expiry WHERE record_id = ?").param(recordId.value()).update();
    }
}
