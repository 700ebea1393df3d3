package dev.publiccredit.ledger.api.access;

import dev.publiccredit.ledger.api.security.AccessRefused;
import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.api.security.Role;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.PathValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A subject's access log (查询记录): who read its non-public data, when, what and why, newest first. */
@RestController
@RequestMapping(path = "/api/v1/subjects/{subjectCode}/access-log", produces = "application/json")
@Tag(name = "Subjects", description = "Credit profiles and event histories of subjects")
public class AccessLogController {

    static final int MAX_SIZE = 200;

    private final AccessLog accessLog;
    private final SubjectAuthorisations authorisations;
    private final Clock clock;

    AccessLogController(AccessLog accessLog, SubjectAuthorisations authorisations, Clock clock) {
        this.accessLog = accessLog;
        this.authorisations = authorisations;
        this.clock = clock;
    }

    /** A page of the subject's entries, newest first; {@code total} counts them all. */
    public record AccessLogPage(String subjectCode, long total, int page, int size, List<AccessLog.Entry> entries) {
    }

    @GetMapping
    @Operation(summary = "Who read the subject's non-public data: the subject's query log, newest first",
            description = "For auditors, and for a department while it holds a valid authorisation by the subject. "
                    + "Reading the access log is itself logged (after the page is read, so the page does not show "
                    + "this read).")
    public AccessLogPage accessLog(@PathVariable String subjectCode,
                                   @RequestParam(required = false) @Nullable String page,
                                   @RequestParam(required = false) @Nullable String size) {
        String code = PathValues.subjectCode(subjectCode);
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = number("size", size, 50, 1, MAX_SIZE);
        Caller caller = Caller.current();
        String authorisation = null;
        if (!caller.is(Role.AUDITOR)) {
            caller.require("read a subject's access log", Role.AUDITOR, Role.DEPARTMENT);
            authorisation = authorisations.validAuthorisation(Objects.requireNonNull(caller.department()), code,
                    LocalDate.now(clock)).orElseThrow(() -> new AccessRefused("the department "
                    + caller.department() + " holds no valid authorisation by the subject to read its access log"));
        }
        AccessLogPage answer = new AccessLogPage(code, accessLog.countOfSubject(code), pageNumber, pageSize,
                accessLog.ofSubject(code, pageNumber, pageSize));
        accessLog.record(AccessView.ACCESS_LOG, code, null, authorisation);
        return answer;
    }

    private static int number(String field, @Nullable String raw, int absent, int minimum, int maximum) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequest(field, "must be a whole number");
        }
        if (value < minimum || value > maximum) {
            throw new InvalidRequest(field, "must be from " + minimum + " to " + maximum);
        }
        return value;
    }
}
