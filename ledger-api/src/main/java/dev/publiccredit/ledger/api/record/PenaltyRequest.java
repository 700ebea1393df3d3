package dev.publiccredit.ledger.api.record;

import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.PenaltyType;
import dev.publiccredit.ledger.core.shared.Severity;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A department's submission of an administrative penalty (行政处罚), with the double-publicity fields. */
public record PenaltyRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SAMR-HAIDIAN") @Nullable String sourceDepartment,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "数据来源单位") @Nullable String sourceDepartmentName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "数据来源单位统一社会信用代码")
        @Nullable String sourceDepartmentCreditCode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the department's own id of the record")
        @Nullable String sourceRecordId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable SubjectRequest subject,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "行政处罚决定书文号") @Nullable String decisionNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "处罚决定日期") @Nullable LocalDate decisionDate,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable DisclosureClass disclosure,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Severity severity,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "处罚类别") @Nullable List<PenaltyType> penaltyTypes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "违法行为类型") @Nullable String violationType,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "违法事实") @Nullable String violationFacts,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "处罚依据") @Nullable String legalBasis,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "处罚内容") @Nullable String penaltyContent,
        @Schema(description = "罚款金额, in 万元", example = "1.5") @Nullable BigDecimal fineAmount,
        @Schema(description = "没收违法所得、没收非法财物的金额, in 万元") @Nullable BigDecimal confiscatedAmount,
        @Schema(description = "暂扣或吊销证照名称及编号") @Nullable String suspendedOrRevokedLicence,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "处罚有效期; 2099-12-31 means long-term")
        @Nullable LocalDate effectiveUntil,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "处罚机关") @Nullable String decidingAuthority,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "处罚机关统一社会信用代码")
        @Nullable String decidingAuthorityCreditCode,
        @Schema(description = "备注") @Nullable String remarks) {
}
