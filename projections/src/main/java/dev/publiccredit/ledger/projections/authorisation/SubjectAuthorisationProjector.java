package dev.publiccredit.ledger.projections.authorisation;

import dev.publiccredit.ledger.core.authorisation.event.SubjectAuthorisationGranted;
import dev.publiccredit.ledger.core.authorisation.event.SubjectAuthorisationRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * Keeps {@code subject_authorisation}. Runs in a subscribing processor, inside the transaction that stores the event:
 * what a department may see never lags behind an acknowledged grant or revocation. Like the other subscribing
 * indexes it has no replay path; its rows are idempotent (a repeated delivery changes nothing).
 */
@Component
@ProcessingGroup(SubjectAuthorisationProjector.GROUP)
public class SubjectAuthorisationProjector {

    public static final String GROUP = "subject-authorisations";

    private final JdbcClient jdbc;

    public SubjectAuthorisationProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(SubjectAuthorisationGranted event) {
        jdbc.sql("""
                        INSERT INTO subject_authorisation (authorisation_id, subject_code, subject_kind, grantee,
                            purpose, document_reference, valid_from, expires_on, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (authorisation_id) DO NOTHING""")
                .params(event.authorisationId().value(), event.subjectCode(), event.subjectKind().name(),
                        event.grantee().value(), event.purpose(), event.documentReference(),
                        Date.valueOf(event.validFrom()), Date.valueOf(event.expiresOn()),
                        Timestamp.from(event.recordedAt()))
                .update();
    }

    @EventHandler
    public void on(SubjectAuthorisationRevoked event) {
        jdbc.sql("""
                        UPDATE subject_authorisation SET revoked_on = ?, revocation_reason = ?, revoked_at = ?
                        WHERE authorisation_id = ?""")
                .params(Date.valueOf(event.revokedOn()), event.reason(), Timestamp.from(event.recordedAt()),
                        event.authorisationId().value())
                .update();
    }
}
