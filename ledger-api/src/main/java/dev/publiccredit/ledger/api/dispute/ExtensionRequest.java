package dev.publiccredit.ledger.api.dispute;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Extends an objection's decision deadline, once, for the reason given. */
public record ExtensionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "需调取原始案卷核实") @Nullable String reason) {
}
