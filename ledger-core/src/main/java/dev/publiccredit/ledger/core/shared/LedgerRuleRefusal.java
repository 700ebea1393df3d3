package dev.publiccredit.ledger.core.shared;

import java.util.Map;

/** A refusal by one of the dispute and listing rules; the {@link RuleCode} says which. */
public final class LedgerRuleRefusal extends LedgerRuleViolation {

    public LedgerRuleRefusal(RuleCode code, String message) {
        super(code, message);
    }

    public LedgerRuleRefusal(RuleCode code, String message, Map<String, ?> details) {
        super(code, message, details);
    }
}
