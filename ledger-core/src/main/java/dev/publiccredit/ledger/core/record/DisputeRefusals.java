package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.dispute.event.MaterialType;
import dev.publiccredit.ledger.core.shared.LedgerRuleRefusal;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.core.shared.RuleCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The refusals of the record's dispute rules (objections, repair, deletion), each with its stable code. */
final class DisputeRefusals {

    private DisputeRefusals() {
    }

    static LedgerRuleRefusal recordDeleted(RecordId recordId) {
        return new LedgerRuleRefusal(RuleCode.RECORD_DELETED, "Record " + recordId
                + " was deleted after an upheld objection and accepts no further change.");
    }

    static LedgerRuleRefusal objectionNotFound(RecordId recordId, ObjectionId objectionId) {
        return new LedgerRuleRefusal(RuleCode.OBJECTION_NOT_FOUND,
                "Record " + recordId + " has no objection " + objectionId + ".");
    }

    static LedgerRuleRefusal objectionAlreadyOpen(RecordId recordId, ObjectionId open) {
        return new LedgerRuleRefusal(RuleCode.OBJECTION_ALREADY_OPEN, "Record " + recordId
                + " already has the open objection " + open + "; it is answered before another is raised.",
                Map.of("objectionId", open.toString()));
    }

    static LedgerRuleRefusal objectionNotOpen(Objection objection, String step) {
        return new LedgerRuleRefusal(RuleCode.OBJECTION_NOT_OPEN, "Objection " + objection.id() + " is "
                + describe(objection.status()) + " and cannot be " + step + ".");
    }

    static LedgerRuleRefusal extensionUsed(ObjectionId objectionId) {
        return new LedgerRuleRefusal(RuleCode.OBJECTION_EXTENSION_USED,
                "The decision deadline of objection " + objectionId + " was already extended; it is extended once.");
    }

    static LedgerRuleRefusal reviewNotAvailable(Objection objection) {
        String why = objection.status() == Objection.Status.UNDER_REVIEW
                || objection.status() == Objection.Status.CLOSED
                ? "its one review was already requested"
                : "it has not been decided yet";
        return new LedgerRuleRefusal(RuleCode.OBJECTION_REVIEW_NOT_AVAILABLE,
                "No review of objection " + objection.id() + " can be requested: " + why + ".");
    }

    static LedgerRuleRefusal repairNotApplicable(RecordId recordId) {
        return new LedgerRuleRefusal(RuleCode.REPAIR_NOT_APPLICABLE,
                "Record " + recordId + " is a licence; credit repair applies to penalties only.");
    }

    static LedgerRuleRefusal repairAlreadyPending(RecordId recordId, RepairApplicationId pending) {
        return new LedgerRuleRefusal(RuleCode.REPAIR_ALREADY_PENDING, "Record " + recordId
                + " already has the pending repair application " + pending + ".",
                Map.of("applicationId", pending.toString()));
    }

    static LedgerRuleRefusal repairNotNeeded(RecordId recordId, String why) {
        return new LedgerRuleRefusal(RuleCode.REPAIR_NOT_NEEDED,
                "Record " + recordId + " needs no repair: " + why + ".");
    }

    static LedgerRuleRefusal repairNotAllowed(RecordId recordId, String violationType) {
        return new LedgerRuleRefusal(RuleCode.REPAIR_NOT_ALLOWED, "Record " + recordId
                + " cannot be repaired: its violation type '" + violationType + "' is on the non-repairable list.");
    }

    static LedgerRuleRefusal repairTooEarly(RecordId recordId, LocalDate earliestRepairOn) {
        return new LedgerRuleRefusal(RuleCode.REPAIR_TOO_EARLY, "The minimum publicity period of record " + recordId
                + " has not run: repair can be applied for from " + earliestRepairOn + ".",
                Map.of("earliestRepairOn", earliestRepairOn.toString()));
    }

    static LedgerRuleRefusal materialsMissing(List<MaterialType> missing) {
        List<String> names = missing.stream().map(Enum::name).toList();
        return new LedgerRuleRefusal(RuleCode.REPAIR_MATERIALS_MISSING,
                "The application lacks required materials: " + String.join(", ", names) + ".",
                Map.of("missing", names));
    }

    static LedgerRuleRefusal applicationNotFound(RecordId recordId, RepairApplicationId applicationId) {
        return new LedgerRuleRefusal(RuleCode.REPAIR_APPLICATION_NOT_FOUND,
                "Record " + recordId + " has no repair application " + applicationId + ".");
    }

    static LedgerRuleRefusal applicationState(RepairApplication application, String step) {
        return new LedgerRuleRefusal(RuleCode.REPAIR_APPLICATION_STATE, "Repair application " + application.id()
                + " is " + describe(application.status()) + " and cannot be " + step + ".");
    }

    private static String describe(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
