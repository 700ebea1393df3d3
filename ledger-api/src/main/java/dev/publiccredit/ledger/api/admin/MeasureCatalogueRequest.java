package dev.publiccredit.ledger.api.admin;

import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.MeasureType;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** A new version of the joint measures catalogue, complete: every measure of every kind of listing. */
public record MeasureCatalogueRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "cn-joint-measures-2027.1") @Nullable String version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the documents the measures come from")
        @Nullable String sourceDocument,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable List<@Nullable Measure> measures) {

    public record Measure(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "GOVERNMENT_PROCUREMENT_BAN") @Nullable String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable ListingKind kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable MeasureType type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String description,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String legalBasis,
            @Schema(description = "ISO-8601 period, e.g. P3Y; none: as long as the listing") @Nullable String maximumDuration) {
    }
}
