package dev.publiccredit.ledger.core.shared;

import java.util.List;
import java.util.stream.Collectors;

/** The content of a submission or correction breaks one or more field rules; nothing was stored. */
public class InvalidRecordContent extends LedgerRuleViolation {

    private final List<FieldViolation> violations;

    public InvalidRecordContent(List<FieldViolation> violations) {
        super(RuleCode.INVALID_RECORD, violations.stream()
                .map(v -> v.field() + ": " + v.reason())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
