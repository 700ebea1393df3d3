package dev.publiccredit.ledger.projections.disclosure;

/** What changed in a record's disclosure. */
public enum DisclosureChange {
    /** Disclosure began in the record's class; publicly visible if the class is PUBLIC. */
    DISCLOSURE_STARTED,
    /** The record arrived after its publicity period had already ended: it was never disclosed. */
    NOT_DISCLOSED,
    /** A correction changed what is disclosed (content, window). */
    DISCLOSED_CONTENT_CHANGED,
    /** A correction changed the disclosure class. */
    DISCLOSURE_CLASS_CHANGED,
    /**
     * Disclosure ended: the decision was revoked, the publicity period expired, repair was granted or the record
     * temporarily hidden, or an objection deleted it or stopped its disclosure ({@code cause} says which).
     */
    DISCLOSURE_ENDED,
    /** Disclosure resumed for the rest of the window: a repair revoked, temporary hiding ended, a review reversed. */
    DISCLOSURE_RESUMED,
    /** An objection (or its review) was raised: the record is flagged as under objection (异议标注) while verified. */
    OBJECTION_FLAGGED,
    /** The objection was decided: the flag is removed ({@code cause} is the outcome). */
    OBJECTION_UNFLAGGED,
    /** The objection could not be determined: the flag is replaced by an annotation kept with the record. */
    OBJECTION_ANNOTATED
}
