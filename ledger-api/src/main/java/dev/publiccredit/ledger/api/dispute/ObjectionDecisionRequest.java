package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * The decision on an objection, or on its review: the outcome and its reasoning; {@code changes} (as in a
 * correction) for CORRECT and SUPPLEMENT, {@code annotation} for ANNOTATE, {@code listingId} for REMOVE_FROM_LIST.
 */
public record ObjectionDecisionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ObjectionOutcome outcome,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "经核实，罚款金额录入错误") @Nullable String reasoning,
        @Schema(description = "required for ANNOTATE: the note kept with the record (异议标注)")
        @Nullable String annotation,
        @Schema(description = "required for CORRECT and SUPPLEMENT: the fields to set, as in a correction",
                example = "{\"fineAmount\": 1.5}") @Nullable Map<String, Object> changes,
        @Schema(description = "required for REMOVE_FROM_LIST: the listing to remove") @Nullable String listingId) {
}
