package dev.publiccredit.ledger.api.problem;

import dev.publiccredit.ledger.api.batch.BatchRefused;
import dev.publiccredit.ledger.api.security.AccessRefused;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.JsonViolations;
import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.web.PositionNotReached;
import dev.publiccredit.ledger.api.web.RequestSizeLimitFilter;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.LedgerRuleViolation;
import dev.publiccredit.ledger.core.shared.RuleCode;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Every error is {@code application/problem+json}. Bad input is 400 with {@code errors}, a list of
 * {@code {field, reason}}; a rule's refusal is 409 with its stable {@code code} and its details (404 for the codes
 * that say an objection or repair application does not exist); the rest as in docs/api.md.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    public static final String TYPE_BASE = "https://credit-ledger.dev/problems/";

    @ExceptionHandler(InvalidRecordContent.class)
    ResponseEntity<ProblemDetail> invalidRecord(InvalidRecordContent e) {
        return badRequest("invalid-record", "The record is not valid", e.violations(), RuleCode.INVALID_RECORD.name());
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequest e) {
        return badRequest("invalid-request", "The request is not valid", e.violations(), "INVALID_REQUEST");
    }

    /** Rule codes that say the thing named does not exist: answered 404, with the code. */
    private static final Set<RuleCode> NOT_FOUND = EnumSet.of(RuleCode.OBJECTION_NOT_FOUND,
            RuleCode.REPAIR_APPLICATION_NOT_FOUND);

    @ExceptionHandler(LedgerRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(LedgerRuleViolation e) {
        String slug = e.code().name().toLowerCase(Locale.ROOT).replace('_', '-');
        ProblemDetail problem = problem(NOT_FOUND.contains(e.code()) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                slug, title(e.code()), e.getMessage());
        problem.setProperty("code", e.code().name());
        e.details().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                e instanceof NotFound ? e.getMessage() : "No such record."));
    }

    @ExceptionHandler(AccessRefused.class)
    ResponseEntity<ProblemDetail> accessRefused(AccessRefused e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "access-refused", "Access refused", e.getMessage());
        problem.setProperty("code", "ACCESS_REFUSED");
        return respond(problem);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> versionConflict(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "version-conflict",
                "The record has changed", "The record is not at the version given in If-Match: read it again.");
        problem.setProperty("code", "VERSION_CONFLICT");
        return respond(problem);
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
                "Another request changed this record at the same moment; read it again and retry.");
        problem.setProperty("code", "CONCURRENT_CHANGE");
        return respond(problem);
    }

    @ExceptionHandler(PositionNotReached.class)
    ResponseEntity<ProblemDetail> positionNotReached(PositionNotReached e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "position-not-reached",
                "Projections are behind", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem);
    }

    @ExceptionHandler(BatchRefused.class)
    ResponseEntity<ProblemDetail> batchRefused(BatchRefused e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        if (status == HttpStatus.BAD_REQUEST) {
            return badRequest("invalid-batch", "The file is not a valid batch", e.violations(), e.code());
        }
        ProblemDetail problem = problem(status, e.code().toLowerCase(Locale.ROOT).replace('_', '-'),
                status.getReasonPhrase(), e.getMessage());
        problem.setProperty("code", e.code());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, "60");
        }
        return response.body(problem);
    }

    /** A body without a declared length that outgrew its limit while a controller read it as a stream (a batch). */
    @ExceptionHandler(RequestSizeLimitFilter.BodyTooLarge.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(RequestSizeLimitFilter.BodyTooLarge e) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload Too Large",
                e.getMessage()));
    }

    /** A multipart body that cannot be read: too large (413), or malformed (400). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload Too Large",
                    "The upload is larger than the limit for batches."));
        }
        return badRequest("invalid-request", "The request is not valid",
                List.of(new FieldViolation("body", "is not a readable multipart/form-data body")), "INVALID_REQUEST");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        return badRequest("invalid-request", "The request is not valid",
                List.of(new FieldViolation(e.getName(), JsonViolations.expected(type))), "INVALID_REQUEST");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String traceId = UUID.randomUUID().toString();
        log.error("Unexpected error {}", traceId, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The ledger could not answer; nothing was stored unless a later read shows it. Trace id " + traceId);
        problem.setProperty("traceId", traceId);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof RequestSizeLimitFilter.BodyTooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem(HttpStatus.CONTENT_TOO_LARGE,
                        "payload-too-large", "Payload Too Large", cause.getMessage()));
            }
            if (cause instanceof JacksonException jackson) {
                return ResponseEntity.badRequest().body(badRequest("invalid-json", "The request body is not valid",
                        List.of(JsonViolations.of(jackson)), "INVALID_JSON").getBody());
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return ResponseEntity.badRequest().body(badRequest("invalid-json", "The request body is not valid",
                List.of(new FieldViolation("body", "is missing or not readable as JSON")), "INVALID_JSON").getBody());
    }

    private static ResponseEntity<ProblemDetail> badRequest(String slug, String title, List<FieldViolation> errors,
                                                            String code) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, slug, title, errors.stream()
                .map(v -> v.field() + ": " + v.reason()).reduce((a, b) -> a + "; " + b).orElse(title));
        problem.setProperty("code", code);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String title(RuleCode code) {
        String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
