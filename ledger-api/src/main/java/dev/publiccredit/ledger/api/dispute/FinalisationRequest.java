package dev.publiccredit.ledger.api.dispute;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Makes the temporary measures of a reorganisation repair final, saying why (the plan was performed). */
public record FinalisationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "重整计划已执行完毕") @Nullable String explanation) {
}
