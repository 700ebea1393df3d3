package dev.publiccredit.ledger.core.listing.event;

/** Why a listing (or a listing still at its notice step) was removed before its end. */
public enum ListingRemovalReason {
    /** The published removal conditions are met (e.g. an anomaly corrected, 企业信息公示暂行条例 art. 17). */
    CONDITIONS_MET,
    /** Early removal on the subject's application; for serious dishonesty only after the configured minimum. */
    EARLY_REMOVAL,
    /** An objection (异议) found the subject wrongly listed (credit-rules §4: remove from the list). */
    OBJECTION_UPHELD,
    /** The notice of a serious-dishonesty listing was withdrawn: no listing decision follows. */
    NOTICE_WITHDRAWN
}
