package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A handler forwarded the objection to the department that decides on it (normally the record's source).
 */
@Revision("1")
public record ObjectionForwarded(
        RecordId recordId,
        ObjectionId objectionId,
        DepartmentCode toDepartment,
        String note,
        LocalDate forwardedOn,
        Instant recordedAt) {
}
