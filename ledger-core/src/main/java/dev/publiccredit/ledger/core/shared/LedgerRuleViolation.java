package dev.publiccredit.ledger.core.shared;

/** A command refused by a rule of the ledger. Carries the stable {@link RuleCode} of that rule. */
public abstract class LedgerRuleViolation extends RuntimeException {

    private final RuleCode code;

    protected LedgerRuleViolation(RuleCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public RuleCode code() {
        return code;
    }
}
