package dev.publiccredit.ledger.api.authorisation;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The end of an authorisation: why, and from which day (that day included) it no longer holds. */
public record AuthorisationRevocationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String reason,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate revokedOn) {
}
