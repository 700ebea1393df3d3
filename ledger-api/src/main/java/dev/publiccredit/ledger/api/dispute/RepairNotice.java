package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.core.dispute.event.MaterialType;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.shared.Severity;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The credit repair notice (信用修复告知书) of a penalty, served with the penalty decision (两书同达): whom and what it
 * is about, from when repair can be applied for and on what conditions, what the application needs, who decides
 * through which channel and within which time limits, and the rule sets that say so.
 *
 * @param earliestRepairOn the end of the minimum publicity period (the decision date for a minor penalty, which
 *                         may be repaired once its obligations are met)
 * @param latestEndOn      the day disclosure ends without repair
 * @param repairable       false when the violation type is on the non-repairable list
 */
public record RepairNotice(String recordId, LocalDate issuedOn, Subject subject, Penalty penalty,
                           LocalDate earliestRepairOn, @Nullable LocalDate latestEndOn, boolean repairable,
                           List<String> conditions, List<Application> applications, Department decidingDepartment,
                           String channel, Deadlines deadlines, RuleSets ruleSets) {

    public record Subject(String kind, String code, String name) {
    }

    public record Penalty(String decisionNumber, LocalDate decisionDate, @Nullable Severity severity,
                          String violationType, String penaltyContent, String decidingAuthority) {
    }

    /** A kind of repair and the materials an application of that kind must include. */
    public record Application(RepairKind kind, List<MaterialType> materialsRequired, String when) {
    }

    /** The department that decides (谁认定谁修复): the record's source department. */
    public record Department(String code, String name, String creditCode) {
    }

    /** Working days to accept an application, and to decide from acceptance. */
    public record Deadlines(int acceptanceWorkingDays, int decisionWorkingDays) {
    }

    public record RuleSets(String publicity, String repair) {
    }
}
