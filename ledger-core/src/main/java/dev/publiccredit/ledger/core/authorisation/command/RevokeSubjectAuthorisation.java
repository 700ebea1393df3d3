package dev.publiccredit.ledger.core.authorisation.command;

import dev.publiccredit.ledger.core.shared.AuthorisationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** Revoke an authorisation from {@code revokedOn} (the subject withdrew it, or the grantee no longer needs it). */
public record RevokeSubjectAuthorisation(
        @TargetAggregateIdentifier AuthorisationId authorisationId,
        String reason,
        LocalDate revokedOn,
        Instant submittedAt,
        LocalDate submittedOn) {
}
