package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The subject (or its agent) objected to a record (异议). From now the record is flagged "under objection"
 * in the profile and in public view. {@code decisionDeadline} is decided now from the objection rules {@code ruleSet}.
 */
@Revision("1")
public record ObjectionRaised(
        RecordId recordId,
        ObjectionId objectionId,
        String subjectCode,
        DepartmentCode sourceDepartment,
        Objector objector,
        ObjectionGround ground,
        String statement,
        List<String> evidence,
        LocalDate raisedOn,
        WorkingDayDeadline decisionDeadline,
        String ruleSet,
        Instant recordedAt) {

    public ObjectionRaised {
        evidence = List.copyOf(evidence);
    }
}
