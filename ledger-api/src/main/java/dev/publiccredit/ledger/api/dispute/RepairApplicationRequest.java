package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.core.dispute.event.MaterialType;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * An application for credit repair (信用修复): who applies, the kind of repair, and the materials. STANDARD needs
 * OBLIGATION_FULFILMENT_PROOF and CREDIT_COMMITMENT; REORGANISATION needs COURT_RULING and CREDIT_COMMITMENT.
 */
public record RepairApplicationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "北京示例科技有限公司") @Nullable String applicant,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable RepairKind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable List<MaterialRequest> materials) {

    /** One piece of material: its kind, where the proof is held, and a note. */
    public record MaterialRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable MaterialType type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "京海税缴〔2026〕31号") @Nullable String reference,
            @Nullable String description) {
    }
}
