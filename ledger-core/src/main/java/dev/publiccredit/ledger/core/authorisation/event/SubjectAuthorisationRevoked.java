package dev.publiccredit.ledger.core.authorisation.event;

import dev.publiccredit.ledger.core.shared.AuthorisationId;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The authorisation no longer holds from {@code revokedOn} on (that day included), for {@code reason}. Subject and
 * grantee are repeated so that a reader of this event alone knows whose authorisation ended.
 */
@Revision("1")
public record SubjectAuthorisationRevoked(
        AuthorisationId authorisationId,
        String subjectCode,
        DepartmentCode grantee,
        String reason,
        LocalDate revokedOn,
        Instant recordedAt) {
}
