package dev.publiccredit.ledger.core.record.event;

/** Why a record whose disclosure had ended is disclosed again for the rest of its window. */
public enum DisclosureResumeReason {
    /** The repair rested on false materials and was revoked. */
    REPAIR_REVOKED,
    /** The temporary hiding for bankruptcy reorganisation ended without a final repair. */
    TEMPORARY_HIDING_ENDED,
    /** A review (复核) of an objection reversed the decision that had ended disclosure. */
    REVIEW_REVERSED
}
