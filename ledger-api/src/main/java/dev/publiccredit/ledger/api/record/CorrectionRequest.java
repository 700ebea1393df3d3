package dev.publiccredit.ledger.api.record;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * A correction: the fields to change by their submission names, each with its new value (null clears an optional
 * field), and the reason.
 */
public record CorrectionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                example = "{\"fineAmount\": 2.5, \"violationFacts\": \"...\"}") @Nullable Map<String, Object> changes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String reason) {
}
