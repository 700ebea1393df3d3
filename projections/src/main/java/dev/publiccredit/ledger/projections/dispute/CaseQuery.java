package dev.publiccredit.ledger.projections.dispute;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * A page of the case queue. Every filter is optional: the type, any of the statuses, overdue or not (against the
 * day the queue is read), and the deciding department.
 */
public record CaseQuery(@Nullable CaseType type, Set<CaseStatus> statuses, @Nullable Boolean overdue,
                        @Nullable DepartmentCode department, int page, int size) {

    public CaseQuery {
        statuses = Set.copyOf(statuses);
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be 0 or more and size at least 1");
        }
    }
}
