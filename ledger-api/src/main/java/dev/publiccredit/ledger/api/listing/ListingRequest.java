package dev.publiccredit.ledger.api.listing;

import dev.publiccredit.ledger.api.record.SubjectRequest;
import dev.publiccredit.ledger.core.listing.event.ListingKind;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A department puts a subject on a list. For SERIOUS_DISHONESTY this serves the prior notice (告知) and
 * {@code documentNumber}/{@code decidedOn} are the notice's; the listing follows with a decision. Other kinds are
 * listed at once.
 */
public record ListingRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ListingKind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SAMR-HAIDIAN") @Nullable String sourceDepartment,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the department's own id of the listing")
        @Nullable String sourceListingId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable SubjectRequest subject,
        @Schema(description = "the record (a penalty) the listing rests on; its repair lifts the measures")
        @Nullable String basisRecordId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "列入事由") @Nullable String grounds,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "列入依据") @Nullable String legalBasis,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "告知书 or 列入决定书文号")
        @Nullable String documentNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "date of the notice or of the listing")
        @Nullable LocalDate decidedOn,
        @Schema(description = "months on the list; default and maximum per kind (ledger.listing.maximum-periods); "
                + "not for SERIOUS_DISHONESTY (set by the decision) nor BUSINESS_ANOMALY (no end)")
        @Nullable Integer periodMonths,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "移出条件") @Nullable String removalConditions) {
}
