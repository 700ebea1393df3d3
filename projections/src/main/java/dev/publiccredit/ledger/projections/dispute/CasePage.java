package dev.publiccredit.ledger.projections.dispute;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of the case queue, earliest due date first (cases with nothing due last): {@code total} cases match the
 * query, {@code items} are those of page {@code page} of {@code size}. {@code overdue} is as of {@code asOf}.
 */
public record CasePage(long total, int page, int size, LocalDate asOf, List<Item> items) {

    public record Item(String caseId, CaseType type, String recordId, String subjectCode, String department,
                       CaseStatus status, LocalDate openedOn, @Nullable Due due, @Nullable LocalDate dueOn,
                       boolean overdue, @Nullable LocalDate closedOn, @Nullable String outcome,
                       Instant lastChangedAt) {
    }
}
