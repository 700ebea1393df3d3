package dev.publiccredit.ledger.api.record;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The revocation of a record's decision, by the document that revoked it. */
public record RevocationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String revokingDocumentNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate revokedOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String reason) {
}
