package dev.publiccredit.ledger.api.dispute;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Forwards an objection to the department that decides it, with a note (which may be empty). */
public record ForwardingRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SAMR-HAIDIAN") @Nullable String toDepartment,
        @Nullable String note) {
}
