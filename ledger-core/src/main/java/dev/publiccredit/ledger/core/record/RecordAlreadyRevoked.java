package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.shared.LedgerRuleViolation;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RuleCode;

import java.time.LocalDate;

/** A revoked record accepts no further change. */
public class RecordAlreadyRevoked extends LedgerRuleViolation {

    public RecordAlreadyRevoked(RecordId recordId, LocalDate revokedOn) {
        super(RuleCode.RECORD_REVOKED, "Record " + recordId + " was revoked on " + revokedOn
                + " and accepts no further change.");
    }
}
