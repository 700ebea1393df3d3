package dev.publiccredit.ledger.api.authorisation;

import dev.publiccredit.ledger.core.shared.SubjectKind;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A subject's written authorisation (授权书) of the calling department, as registered by that department. */
public record AuthorisationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable SubjectKind subjectKind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "what the department needs the records for")
        @Nullable String purpose,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "the reference of the signed authorisation document; the same reference again "
                        + "registers nothing new") @Nullable String documentReference,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate validFrom,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the last day it holds")
        @Nullable LocalDate expiresOn) {
}
