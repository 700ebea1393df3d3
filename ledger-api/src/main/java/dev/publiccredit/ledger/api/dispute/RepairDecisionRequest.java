package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.core.dispute.event.RepairRefusalReason;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Grants an accepted repair application, or denies it with a reason; the explanation is always given. */
public record RepairDecisionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Boolean granted,
        @Schema(description = "required when denied") @Nullable RepairRefusalReason reason,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String explanation) {
}
