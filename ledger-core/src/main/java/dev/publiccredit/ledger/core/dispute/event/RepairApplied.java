package dev.publiccredit.ledger.core.dispute.event;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The subject applied for credit repair (信用修复) of a record with its materials. {@code earliestRepairOn} is the
 * record's earliest repair date (the end of its minimum period) as it stood; {@code acceptanceDeadline} is decided
 * now from the repair rules {@code ruleSet}.
 */
@Revision("1")
public record RepairApplied(
        RecordId recordId,
        RepairApplicationId applicationId,
        String subjectCode,
        DepartmentCode sourceDepartment,
        String applicant,
        RepairKind kind,
        List<RepairMaterial> materials,
        LocalDate appliedOn,
        LocalDate earliestRepairOn,
        WorkingDayDeadline acceptanceDeadline,
        String ruleSet,
        Instant recordedAt) {

    public RepairApplied {
        materials = List.copyOf(materials);
    }
}
