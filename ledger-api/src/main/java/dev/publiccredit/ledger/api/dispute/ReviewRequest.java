package dev.publiccredit.ledger.api.dispute;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The subject's request for the one review (复核) of a decided objection, with its grounds. */
public record ReviewRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "对核实结论不服") @Nullable String grounds) {
}
