package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.dispute.event.RepairApplied;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.dispute.event.RepairMaterial;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;

/**
 * One application for credit repair (信用修复) of a record, as far as the record's rules need it. Immutable: the
 * record's event sourcing handlers replace it with the value an event leads to. {@code decisionDeadline} is set on
 * acceptance.
 */
record RepairApplication(RepairApplicationId id, Status status, String applicant, RepairKind kind,
                         Set<RepairMaterial> materials, WorkingDayDeadline acceptanceDeadline,
                         @Nullable WorkingDayDeadline decisionDeadline) {

    /**
     * APPLIED -> ACCEPTED -> GRANTED | TEMPORARILY_GRANTED | DENIED; APPLIED -> NOT_ACCEPTED;
     * GRANTED | TEMPORARILY_GRANTED -> REVOKED; TEMPORARILY_GRANTED -> GRANTED (finalised).
     */
    enum Status { APPLIED, ACCEPTED, NOT_ACCEPTED, GRANTED, TEMPORARILY_GRANTED, DENIED, REVOKED }

    RepairApplication {
        materials = Set.copyOf(materials);
    }

    static RepairApplication applied(RepairApplied event) {
        return new RepairApplication(event.applicationId(), Status.APPLIED, event.applicant(), event.kind(),
                Set.copyOf(event.materials()), event.acceptanceDeadline(), null);
    }

    /** Pending: still to be decided, or only temporarily granted. */
    boolean isPending() {
        return status == Status.APPLIED || status == Status.ACCEPTED || status == Status.TEMPORARILY_GRANTED;
    }

    /** Granted for good or temporarily, and not revoked. */
    boolean isGranted() {
        return status == Status.GRANTED || status == Status.TEMPORARILY_GRANTED;
    }

    /** Whether an application with these values asks for the same as this one (the order of materials aside). */
    boolean repeats(String otherApplicant, RepairKind otherKind, List<RepairMaterial> otherMaterials) {
        return applicant.equals(otherApplicant) && kind == otherKind && materials.equals(Set.copyOf(otherMaterials));
    }

    RepairApplication acceptedUntil(WorkingDayDeadline deadline) {
        return new RepairApplication(id, Status.ACCEPTED, applicant, kind, materials, acceptanceDeadline, deadline);
    }

    RepairApplication now(Status newStatus) {
        return new RepairApplication(id, newStatus, applicant, kind, materials, acceptanceDeadline, decisionDeadline);
    }
}
