package dev.publiccredit.ledger.api.record;

import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.LicenceCategory;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A department's submission of an administrative licence (行政许可), with the double-publicity fields. */
public record LicenceRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SAMR-HAIDIAN") @Nullable String sourceDepartment,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "数据来源单位") @Nullable String sourceDepartmentName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "数据来源单位统一社会信用代码")
        @Nullable String sourceDepartmentCreditCode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the department's own id of the record")
        @Nullable String sourceRecordId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable SubjectRequest subject,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "行政许可决定文书名称")
        @Nullable String decisionDocumentName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "行政许可决定文书号") @Nullable String decisionNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "许可决定日期") @Nullable LocalDate decisionDate,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable DisclosureClass disclosure,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "许可类别") @Nullable LicenceCategory licenceCategory,
        @Schema(description = "许可证书名称") @Nullable String certificateName,
        @Schema(description = "许可编号") @Nullable String licenceNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "许可内容") @Nullable String licenceContent,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "有效期自") @Nullable LocalDate validFrom,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "有效期至; 2099-12-31 means long-term")
        @Nullable LocalDate validTo,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "许可机关") @Nullable String licensingAuthority,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "许可机关统一社会信用代码")
        @Nullable String licensingAuthorityCreditCode,
        @Schema(description = "备注") @Nullable String remarks) {
}
