package dev.publiccredit.ledger.core.authorisation.command;

import dev.publiccredit.ledger.core.shared.AuthorisationId;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Register the subject's written authorisation for {@code grantee} to see its AUTHORIZED records for
 * {@code purpose}, from {@code validFrom} to {@code expiresOn} (both inclusive). The id must be
 * {@link AuthorisationId#forDocument} of the grantee and the document reference.
 */
public record GrantSubjectAuthorisation(
        @TargetAggregateIdentifier AuthorisationId authorisationId,
        String subjectCode,
        SubjectKind subjectKind,
        DepartmentCode grantee,
        String purpose,
        String documentReference,
        LocalDate validFrom,
        LocalDate expiresOn,
        Instant submittedAt,
        LocalDate submittedOn) {
}
