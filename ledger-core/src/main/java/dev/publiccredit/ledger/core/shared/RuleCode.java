package dev.publiccredit.ledger.core.shared;

/** Stable codes of the ledger's rules; clients see them in the {@code code} of a problem response. */
public enum RuleCode {
    /** The submitted content breaks a field rule; the violation lists the fields. */
    INVALID_RECORD,
    /** A revoked record accepts no further change. */
    RECORD_REVOKED,
    /** A correction must change at least one field. */
    CORRECTION_CHANGES_NOTHING
}
