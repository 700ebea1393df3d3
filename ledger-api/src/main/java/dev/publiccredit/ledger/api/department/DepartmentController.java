package dev.publiccredit.ledger.api.department;

import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.PathValues;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.projections.statistics.DepartmentStatistics;
import dev.publiccredit.ledger.projections.statistics.DepartmentStatisticsView;
import dev.publiccredit.ledger.projections.statistics.DepartmentStatisticsProjector;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Statistics of a department's submissions. */
@RestController
@RequestMapping(path = "/api/v1/departments/{departmentCode}", produces = "application/json")
@Tag(name = "Departments", description = "Submission statistics per department")
public class DepartmentController {

    private final DepartmentStatistics statistics;
    private final ReadPosition readPosition;

    public DepartmentController(DepartmentStatistics statistics, ReadPosition readPosition) {
        this.statistics = statistics;
        this.readPosition = readPosition;
    }

    @GetMapping("/statistics")
    @Operation(summary = "Records by category, double publicity on time versus late, corrected and revoked",
            description = "Optionally only records submitted from 'from' to 'to' (inclusive, ISO dates).")
    public DepartmentStatisticsView statistics(
            @PathVariable String departmentCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestHeader(name = ReadPosition.AWAIT, required = false) @Nullable String awaitPosition) {
        PathValues.day("from", from);
        PathValues.day("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequest("to", "must not be before 'from'");
        }
        var department = PathValues.department(departmentCode);
        Caller.current().requireOwnDepartment(department, "the statistics");
        readPosition.await(DepartmentStatisticsProjector.GROUP, awaitPosition);
        return statistics.of(department, from, to);
    }
}
