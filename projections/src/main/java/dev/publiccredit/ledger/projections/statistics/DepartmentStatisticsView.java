package dev.publiccredit.ledger.projections.statistics;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A department's submissions by category, optionally for records submitted between {@code from} and {@code to}:
 * how many, how many met the double-publicity deadline (7 working days) and how many were late, and how many were
 * since corrected or revoked. {@code onTimeRate} is on time / total, or null with no records.
 */
public record DepartmentStatisticsView(String department, @Nullable LocalDate from, @Nullable LocalDate to,
                                       List<CategoryStatistics> categories, CategoryStatistics total) {

    public record CategoryStatistics(String category, long records, long onTime, long late, long corrected,
                                     long revoked, @Nullable Double onTimeRate) {
    }
}
