package dev.publiccredit.ledger.api.admin;

import dev.publiccredit.ledger.core.calendar.DayKind;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A year of the official calendar as the State Council published it: every day off of its holidays (weekend days
 * inside a block included) and every weekend day worked in lieu (调休上班). Other days follow Monday to Friday.
 */
public record CalendarYearRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "国办发明电〔2026〕7号",
                description = "the notice the days come from") @Nullable String sourceDocument,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable List<@Nullable Day> days) {

    /** One day that is not ordinary. */
    public record Day(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-10-01") @Nullable LocalDate date,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable DayKind kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "国庆节 National Day")
            @Nullable String name) {
    }
}
