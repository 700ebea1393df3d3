package dev.publiccredit.ledger.core.authorisation.event;

import dev.publiccredit.ledger.core.shared.AuthorisationId;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The subject ({@code subjectCode}, {@code subjectKind}) authorised {@code grantee} in writing (the document
 * {@code documentReference}, 授权书) to see its records of disclosure class AUTHORIZED for {@code purpose}, from
 * {@code validFrom} to {@code expiresOn}, both inclusive. {@code maximumValidity} is the longest validity allowed when
 * it was registered (ISO-8601 period).
 */
@Revision("1")
public record SubjectAuthorisationGranted(
        AuthorisationId authorisationId,
        String subjectCode,
        SubjectKind subjectKind,
        DepartmentCode grantee,
        String purpose,
        String documentReference,
        LocalDate validFrom,
        LocalDate expiresOn,
        String maximumValidity,
        Instant recordedAt) {
}
