package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.api.access.AccessLog;
import dev.publiccredit.ledger.api.access.AccessView;
import dev.publiccredit.ledger.api.security.Role;
import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.projections.dispute.CasePage;
import dev.publiccredit.ledger.projections.dispute.CaseQuery;
import dev.publiccredit.ledger.projections.dispute.CaseStatus;
import dev.publiccredit.ledger.projections.dispute.CaseType;
import dev.publiccredit.ledger.projections.dispute.DisputeCaseProjector;
import dev.publiccredit.ledger.projections.dispute.DisputeCases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The queue of objections and repair applications, for the departments that handle them. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Cases", description = "The queue of objections and repair applications")
public class CaseController {

    static final int MAX_SIZE = 100;

    private final DisputeCases cases;
    private final ReadPosition readPosition;
    private final Clock clock;
    private final AccessLog accessLog;

    public CaseController(DisputeCases cases, ReadPosition readPosition, Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.cases = cases;
        this.readPosition = readPosition;
        this.clock = clock;
    }

    @GetMapping("/cases")
    @Operation(summary = "The case queue, earliest due date first (cases with nothing due last)",
            description = "Filters: type OBJECTION or REPAIR; status (repeat it or separate by commas for several); "
                    + "overdue true (something is due and its day has passed) or false; department (the one that "
                    + "decides). Overdue is judged against today. Send X-Ledger-Await-Position to read your write.")
    public CasePage queue(@RequestParam(required = false) @Nullable String type,
                          @RequestParam(required = false) @Nullable List<String> status,
                          @RequestParam(required = false) @Nullable String overdue,
                          @RequestParam(required = false) @Nullable String department,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size,
                          @Parameter(description = "position a write answered; the read waits for it")
                          @RequestHeader(name = ReadPosition.AWAIT, required = false) @Nullable String awaitPosition) {
        CaseType caseType = type == null || type.isBlank() ? null : parse(CaseType.class, "type", type);
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        if (status != null) {
            for (String value : status) {
                if (value.isBlank()) {
                    continue;
                }
                CaseStatus parsed = parse(CaseStatus.class, "status", value);
                if (caseType != null && parsed.type() != caseType) {
                    throw new InvalidRequest("status", parsed + " is a status of " + parsed.type() + " cases, not "
                            + caseType);
                }
                statuses.add(parsed);
            }
        }
        Boolean overdueOnly = null;
        if (overdue != null && !overdue.isBlank()) {
            if (!overdue.strip().equalsIgnoreCase("true") && !overdue.strip().equalsIgnoreCase("false")) {
                throw new InvalidRequest("overdue", "must be true or false");
            }
            overdueOnly = Boolean.valueOf(overdue.strip().toLowerCase(Locale.ROOT));
        }
        DepartmentCode deciding = null;
        if (department != null && !department.isBlank()) {
            try {
                deciding = DepartmentCode.parse(department);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("department", e.getMessage());
            }
        }
        Caller caller = Caller.current();
        if (caller.is(Role.DEPARTMENT)) {
            // a department sees the cases on its own records
            if (deciding != null) {
                caller.requireOwnDepartment(deciding, "the cases");
            }
            deciding = caller.department();
        }
        if (page < 0) {
            throw new InvalidRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequest("size", "must be from 1 to " + MAX_SIZE);
        }
        readPosition.await(DisputeCaseProjector.GROUP, awaitPosition);
        CasePage queue = cases.queue(new CaseQuery(caseType, statuses, overdueOnly, deciding, page, size),
                LocalDate.now(clock));
        // the page shows subjects' codes and their cases: one entry for each subject on it
        accessLog.recordAll(AccessView.CASE_QUEUE, queue.items().stream().map(CasePage.Item::subjectCode).distinct()
                .map(subject -> new AccessLog.Access(subject, null)).toList(), null);
        return queue;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
