package dev.publiccredit.ledger.api.record;

import dev.publiccredit.ledger.core.shared.SubjectKind;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The subject block of a submission (行政相对人). */
public record SubjectRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable SubjectKind kind,
        @Schema(description = "Unified social credit code, or citizen ID number for NATURAL_PERSON; may be empty for "
                + "an individual business without a code", example = "91110108MA01R7KD83") @Nullable String code,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "北京示例科技有限公司") @Nullable String name,
        @Schema(description = "工商注册号 (15 digits); required for an individual business without a credit code")
        @Nullable String registrationNumber,
        @Nullable LegalRepresentativeRequest legalRepresentative) {

    /** 法定代表人 (负责人). */
    public record LegalRepresentativeRequest(@Nullable String name, @Nullable String idType,
                                             @Nullable String idNumber) {
    }
}
