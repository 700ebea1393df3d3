package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Revokes a granted repair (FALSE_MATERIALS), or ends temporary reorganisation measures (REORGANISATION_ENDED).
 */
public record RepairRevocationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable RepairRevocationReason reason,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String explanation) {
}
