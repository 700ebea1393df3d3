package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.core.dispute.event.RepairRefusalReason;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Accepts a repair application for decision, or does not ({@code accepted} false, with reason and explanation). */
public record AcceptanceRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Boolean accepted,
        @Schema(description = "required when not accepted") @Nullable RepairRefusalReason reason,
        @Schema(description = "required when not accepted: what the applicant is told") @Nullable String explanation) {
}
