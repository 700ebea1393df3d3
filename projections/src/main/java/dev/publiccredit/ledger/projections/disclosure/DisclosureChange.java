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
    /** Disclosure ended (revocation). */
    DISCLOSURE_ENDED
}
