package dev.publiccredit.ledger.core.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command refused by a rule of the ledger. Carries the stable {@link RuleCode} of that rule and, where the rule
 * can say more (the earliest repair date, the missing materials), named details that clients see as properties of
 * the problem response.
 */
public abstract class LedgerRuleViolation extends RuntimeException {

    private final RuleCode code;
    private final Map<String, Object> details;

    protected LedgerRuleViolation(RuleCode code, String message) {
        this(code, message, Map.of());
    }

    protected LedgerRuleViolation(RuleCode code, String message, Map<String, ?> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public RuleCode code() {
        return code;
    }

    /** Named facts about the refusal, e.g. {@code earliestRepairOn}; values are JSON-friendly (strings, lists). */
    public Map<String, Object> details() {
        return details;
    }
}
