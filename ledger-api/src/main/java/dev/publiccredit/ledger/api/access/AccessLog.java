package dev.publiccredit.ledger.api.access;

import dev.publiccredit.ledger.api.audit.AccessEntry;
import dev.publiccredit.ledger.api.audit.AuditLog;
import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.RequestIdFilter;
import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.api.security.AccessContext;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Writes the query log: one entry for each successful read of a subject's non-public data (ADR 0014). Controllers call
 * {@link #record} once they have the answer and before they return it, so a read whose entry cannot be written fails
 * instead of being answered unlogged. The caller, actor, request id and purpose come from the current request.
 *
 * <p>The entries are written by group commit ({@link AccessEntryWriter}): the entries of the reads waiting at that
 * moment go in one {@code INSERT} statement that commits on its own, and {@link #record} returns once the statement
 * holding its entries has committed, so the entry is durable before the answer (never called within a transaction).
 * The statement takes the shared advisory lock {@link AuditLog#ENTRY_LOCK} before its entries get their ids and holds
 * it until it commits; the leaf appender takes it exclusively, so it never passes over an entry whose id is taken but
 * not yet committed.
 */
@Component
public class AccessLog {

    /** The optional request header naming the purpose of a read. */
    public static final String PURPOSE = "X-Access-Purpose";
    public static final int PURPOSE_MAX = 200;

    /** One entry as stored. */
    public record Entry(long entryId, Instant accessedAt, String clientId, String actor, String role,
                        @Nullable String department, String subjectCode, String view, @Nullable String resource,
                        @Nullable String purpose, @Nullable String authorisationId, String requestId) {
    }

    /** What one read showed: the subject and the record, case or listing, if any. */
    public record Access(String subjectCode, @Nullable String resource) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessEntryWriter writer;

    public AccessLog(JdbcClient jdbc, Clock clock, AccessEntryWriter writer) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = writer;
    }

    /** Logs a read of {@code subjectCode}'s data by the current request's caller. */
    public void record(AccessView view, String subjectCode, @Nullable String resource,
                       @Nullable String authorisationId) {
        recordAll(view, List.of(new Access(subjectCode, resource)), authorisationId);
    }

    /** Logs one read that showed several subjects' data (the case queue): one entry each, in one statement. */
    public void recordAll(AccessView view, Collection<Access> accesses, @Nullable String authorisationId) {
        if (accesses.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a read's entry commits on its own: not within a transaction");
        }
        HttpServletRequest request = currentRequest();
        Caller caller = Caller.current();
        String actor = RequestMetadata.actor(request, caller);
        String purpose = purpose(request);
        String requestId = RequestIdFilter.requestId(request);
        // the subject authorisations the read relied on to show AUTHORIZED records (RecordVisibility)
        Set<String> reliedOn = AccessContext.of(request).authorisationIds();
        String relied = authorisationId != null ? authorisationId
                : reliedOn.isEmpty() ? null : String.join(",", reliedOn);
        String[] subjects = accesses.stream().map(Access::subjectCode).toArray(String[]::new);
        String[] resources = accesses.stream().map(Access::resource).toArray(String[]::new);
        writer.write(new AccessEntryWriter.Entries(clock.instant(), caller.clientId(), actor,
                caller.primaryRole().name(), caller.department() == null ? null : caller.department().value(),
                view.name(), purpose, relied, requestId, subjects, resources));
    }

    /** The subject's entries, newest first. */
    public List<Entry> ofSubject(String subjectCode, int page, int size) {
        return jdbc.sql("SELECT " + AccessEntry.COLUMNS + " FROM access_log WHERE subject_code = ? "
                        + "ORDER BY entry_id DESC LIMIT ? OFFSET ?")
                .params(subjectCode, size, (long) page * size)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)))
                .list();
    }

    public long countOfSubject(String subjectCode) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE subject_code = ?").param(subjectCode)
                .query(Long.class).single();
    }

    /**
     * The purpose the request names in {@value #PURPOSE}, percent-decoded as UTF-8 (a header carries only ASCII:
     * {@code 核查} is sent as {@code %E6%A0%B8%E6%9F%A5}, a {@code %} as {@code %25}) and stripped; null when absent
     * or blank. Refuses a malformed escape, more than {@value #PURPOSE_MAX} characters and control characters with a
     * 400 naming the header.
     */
    public static @Nullable String purpose(HttpServletRequest request) {
        String raw = request.getHeader(PURPOSE);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String purpose;
        try {
            purpose = UriUtils.decode(raw, StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(PURPOSE, "is not percent-encoded UTF-8 (write % as %25)");
        }
        if (purpose.isEmpty()) {
            return null;
        }
        if (purpose.indexOf('\uFFFD') >= 0) {
            throw new InvalidRequest(PURPOSE, "is not percent-encoded UTF-8");
        }
        if (purpose.codePointCount(0, purpose.length()) > PURPOSE_MAX) {
            throw new InvalidRequest(PURPOSE, "is longer than " + PURPOSE_MAX + " characters");
        }
        if (purpose.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidRequest(PURPOSE, "must not contain control characters");
        }
        return purpose;
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("a read is logged within its request");
    }
}
