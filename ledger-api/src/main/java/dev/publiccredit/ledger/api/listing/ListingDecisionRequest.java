package dev.publiccredit.ledger.api.listing;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** The listing decision (列入决定) after the notice of a serious-dishonesty listing. */
public record ListingDecisionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "列入决定书文号") @Nullable String documentNumber,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate decidedOn,
        @Schema(description = "months on the list; default and maximum ledger.listing.maximum-periods")
        @Nullable Integer periodMonths,
        @Schema(description = "移出条件; default: those stated in the notice") @Nullable String removalConditions) {
}
