package dev.publiccredit.ledger.api.listing;

import dev.publiccredit.ledger.core.listing.event.ListingRemovalReason;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Removal of a listing before its end (移出), or withdrawal of a notice. */
public record ListingRemovalRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ListingRemovalReason reason,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String explanation,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate removedOn,
        @Schema(description = "the upheld objection, with reason OBJECTION_UPHELD") @Nullable String objectionId) {
}
