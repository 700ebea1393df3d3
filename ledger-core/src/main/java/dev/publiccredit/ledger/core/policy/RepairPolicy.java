package dev.publiccredit.ledger.core.policy;

import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.dispute.event.MaterialType;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of credit repair (信用修复) that are configuration (credit-rules §3): accept an application within
 * {@code acceptanceWorkingDays} (default 3: 22号, the sector regulator's 3 working days [S]) and decide within
 * {@code decisionWorkingDays} of acceptance (default 10: 22号, 信用中国's 10 working days [S]). Records whose
 * violation type (违法行为类型) is in {@code nonRepairableViolationTypes} cannot be repaired (a law, regulation or
 * Central policy forbids it; none is listed by default). {@code ruleSet} is stored with every deadline decided.
 * The materials an application needs are fixed by 22号 [C], not configuration: proof that the obligations were
 * fulfilled and a credit commitment letter, or for bankruptcy reorganisation the court ruling and the commitment.
 */
public final class RepairPolicy {

    public static final String DEFAULT_RULE_SET = "cn-credit-repair-22-2026.1";

    private final WorkingDayCalendar calendar;
    private final int acceptanceWorkingDays;
    private final int decisionWorkingDays;
    private final Set<String> nonRepairableViolationTypes;
    private final String ruleSet;

    public RepairPolicy(WorkingDayCalendar calendar, int acceptanceWorkingDays, int decisionWorkingDays,
                        Set<String> nonRepairableViolationTypes, String ruleSet) {
        if (acceptanceWorkingDays < 1 || decisionWorkingDays < 1) {
            throw new IllegalArgumentException("repair deadlines need at least one working day");
        }
        if (ruleSet.isBlank()) {
            throw new IllegalArgumentException("a rule set needs a name");
        }
        this.calendar = calendar;
        this.acceptanceWorkingDays = acceptanceWorkingDays;
        this.decisionWorkingDays = decisionWorkingDays;
        this.nonRepairableViolationTypes = nonRepairableViolationTypes.stream().map(RepairPolicy::key)
                .collect(Collectors.toUnmodifiableSet());
        this.ruleSet = ruleSet;
    }

    public static RepairPolicy defaults(WorkingDayCalendar calendar) {
        return new RepairPolicy(calendar, 3, 10, Set.of(), DEFAULT_RULE_SET);
    }

    public WorkingDayDeadline acceptanceDeadline(LocalDate appliedOn) {
        return WorkingDayDeadline.after(calendar, appliedOn, acceptanceWorkingDays);
    }

    public WorkingDayDeadline decisionDeadline(LocalDate acceptedOn) {
        return WorkingDayDeadline.after(calendar, acceptedOn, decisionWorkingDays);
    }

    /** Whether a record of this violation type is on the non-repairable list (compared ignoring case and spaces). */
    public boolean isRepairable(String violationType) {
        return !nonRepairableViolationTypes.contains(key(violationType));
    }

    /** The kinds of material an application of this kind must include (22号). */
    public Set<MaterialType> requiredMaterials(RepairKind kind) {
        return switch (kind) {
            case STANDARD -> EnumSet.of(MaterialType.OBLIGATION_FULFILMENT_PROOF, MaterialType.CREDIT_COMMITMENT);
            case REORGANISATION -> EnumSet.of(MaterialType.COURT_RULING, MaterialType.CREDIT_COMMITMENT);
        };
    }

    public String ruleSet() {
        return ruleSet;
    }

    private static String key(String violationType) {
        return violationType.strip().toLowerCase(Locale.ROOT);
    }
}
