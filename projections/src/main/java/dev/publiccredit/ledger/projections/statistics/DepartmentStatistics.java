package dev.publiccredit.ledger.projections.statistics;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads department statistics. */
@Component
public class DepartmentStatistics {

    private final JdbcClient jdbc;

    public DepartmentStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DepartmentStatisticsView of(DepartmentCode department, @Nullable LocalDate from, @Nullable LocalDate to) {
        Map<String, DepartmentStatisticsView.CategoryStatistics> rows = jdbc.sql("""
                        SELECT category, count(*) AS records,
                               count(*) FILTER (WHERE on_time) AS on_time,
                               count(*) FILTER (WHERE NOT on_time) AS late,
                               count(*) FILTER (WHERE corrections > 0) AS corrected,
                               count(*) FILTER (WHERE revoked) AS revoked
                        FROM department_record
                        WHERE department = ? AND submitted_on >= ? AND submitted_on <= ?
                        GROUP BY category""")
                .params(department.value(), Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from),
                        Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to))
                .query((rs, n) -> stats(rs.getString("category"), rs.getLong("records"), rs.getLong("on_time"),
                        rs.getLong("late"), rs.getLong("corrected"), rs.getLong("revoked")))
                .list().stream()
                .collect(Collectors.toMap(DepartmentStatisticsView.CategoryStatistics::category, Function.identity()));
        List<DepartmentStatisticsView.CategoryStatistics> categories = new ArrayList<>();
        for (RecordCategory category : RecordCategory.values()) {
            categories.add(rows.getOrDefault(category.name(), stats(category.name(), 0, 0, 0, 0, 0)));
        }
        DepartmentStatisticsView.CategoryStatistics total = stats("ALL",
                categories.stream().mapToLong(DepartmentStatisticsView.CategoryStatistics::records).sum(),
                categories.stream().mapToLong(DepartmentStatisticsView.CategoryStatistics::onTime).sum(),
                categories.stream().mapToLong(DepartmentStatisticsView.CategoryStatistics::late).sum(),
                categories.stream().mapToLong(DepartmentStatisticsView.CategoryStatistics::corrected).sum(),
                categories.stream().mapToLong(DepartmentStatisticsView.CategoryStatistics::revoked).sum());
        return new DepartmentStatisticsView(department.value(), from, to, categories, total);
    }

    private static DepartmentStatisticsView.CategoryStatistics stats(String category, long records, long onTime,
                                                                     long late, long corrected, long revoked) {
        return new DepartmentStatisticsView.CategoryStatistics(category, records, onTime, late, corrected, revoked,
                records == 0 ? null : (double) onTime / records);
    }
}
