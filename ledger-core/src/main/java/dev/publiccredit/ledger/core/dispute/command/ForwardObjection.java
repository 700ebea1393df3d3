package dev.publiccredit.ledger.core.dispute.command;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A handler forwards the objection to the department that decides.
 */
public record ForwardObjection(
        @TargetAggregateIdentifier RecordId recordId,
        ObjectionId objectionId,
        DepartmentCode toDepartment,
        String note,
        LocalDate today,
        Instant now) {
}
