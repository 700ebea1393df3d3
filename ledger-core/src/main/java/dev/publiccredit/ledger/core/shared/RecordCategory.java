package dev.publiccredit.ledger.core.shared;

/** The category of a credit record. */
public enum RecordCategory {
    /** 行政许可: an administrative licence. */
    LICENCE,
    /** 行政处罚: an administrative penalty. */
    PENALTY
}
