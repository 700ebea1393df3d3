package dev.publiccredit.ledger.core.dispute.event;

/** What the deciding department found (credit-rules §4, Zhejiang; 征信条例). */
public enum ObjectionOutcome {
    /** Factual error: the record is deleted from view for good. */
    DELETE,
    /** Clerical error: the named fields are corrected (a {@code RecordCorrected} in the same transaction). */
    CORRECT,
    /** Omission: the missing fields are supplemented (also a {@code RecordCorrected}). */
    SUPPLEMENT,
    /** Shown past its period or not to be shown: disclosure stops. */
    STOP_DISCLOSURE,
    /** Wrongly listed: the named listing is removed from its list. */
    REMOVE_FROM_LIST,
    /** No error: the objection flag is removed and the record stays as it is. */
    UNFLAG,
    /** Cannot be determined: the objection stays on the record as an annotation (异议标注). */
    ANNOTATE
}
