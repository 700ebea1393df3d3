package dev.publiccredit.ledger.core.shared;

/**
 * Stable codes of the ledger's rules; clients see them in the {@code code} of a problem response (409 for a rule's
 * refusal). A code, once published, keeps its meaning: add new ones, never rename.
 */
public enum RuleCode {
    /** The submitted content breaks a field rule; the violation lists the fields. */
    INVALID_RECORD,
    /** A revoked record accepts no further change. */
    RECORD_REVOKED,
    /** A correction must change at least one field. */
    CORRECTION_CHANGES_NOTHING,
    /** The record was deleted after an upheld objection; it accepts no further change. */
    RECORD_DELETED,

    // --- objections (异议) ---
    /** The record already has an open objection; it is answered before another is raised. */
    OBJECTION_ALREADY_OPEN,
    /** No objection with this id on the record. */
    OBJECTION_NOT_FOUND,
    /** The objection is not in a state that allows this step (e.g. forwarding a decided objection). */
    OBJECTION_NOT_OPEN,
    /** The decision deadline of an objection can be extended once only. */
    OBJECTION_EXTENSION_USED,
    /** A review (复核) can be asked for once, and only of a decided objection. */
    OBJECTION_REVIEW_NOT_AVAILABLE,

    // --- credit repair (信用修复) ---
    /** Repair applies to negative records only (penalties), not licences. */
    REPAIR_NOT_APPLICABLE,
    /** The minimum publicity period has not run: the answer names the earliest repair date. */
    REPAIR_TOO_EARLY,
    /** The record's kind is on the configured list of records that cannot be repaired. */
    REPAIR_NOT_ALLOWED,
    /** Another repair application of this record is pending. */
    REPAIR_ALREADY_PENDING,
    /** The application lacks required materials: the answer lists them. */
    REPAIR_MATERIALS_MISSING,
    /** The record is already repaired, or no longer disclosed, so there is nothing to repair. */
    REPAIR_NOT_NEEDED,
    /** No repair application with this id on the record. */
    REPAIR_APPLICATION_NOT_FOUND,
    /** The application is not in a state that allows this step (e.g. deciding before acceptance). */
    REPAIR_APPLICATION_STATE,

    // --- lists (名单) ---
    /** A serious-dishonesty listing needs its prior notice (告知) first. */
    LISTING_NOTICE_REQUIRED,
    /** The waiting period after the notice has not run: the answer names the earliest decision date. */
    LISTING_NOTICE_PERIOD_RUNNING,
    /** The listing is not in a state that allows this step (e.g. removing an expired listing). */
    LISTING_STATE,
    /** Early removal is allowed only after the configured minimum time on the list: the answer names the date. */
    LISTING_EARLY_REMOVAL_TOO_SOON,

    // --- subject authorisations (授权) ---
    /** The authorisation is already revoked; it accepts no further change. */
    AUTHORISATION_REVOKED
}
