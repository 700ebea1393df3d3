package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.shared.LedgerRuleViolation;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RuleCode;

/** Every value a correction sets is already the record's value: there is nothing to correct. */
public class CorrectionChangesNothing extends LedgerRuleViolation {

    public CorrectionChangesNothing(RecordId recordId) {
        super(RuleCode.CORRECTION_CHANGES_NOTHING, "The correction sets every field of record " + recordId
                + " to the value it already has.");
    }
}
