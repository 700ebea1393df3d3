package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.core.dispute.event.ObjectionGround;
import dev.publiccredit.ledger.core.dispute.event.ObjectorRole;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** An objection (异议) to a record: who objects, on what ground, what they say, and the evidence they offer. */
public record ObjectionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ObjectorRequest objector,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ObjectionGround ground,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "罚款金额应为1.5万元，公示为15万元")
        @Nullable String statement,
        @Schema(description = "references to the evidence offered (document numbers, file ids)")
        @Nullable List<String> evidence) {

    /** The subject itself or its agent, and how to reach them. */
    public record ObjectorRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "北京示例科技有限公司") @Nullable String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ObjectorRole role,
            @Schema(example = "010-12345678") @Nullable String contact) {
    }
}
