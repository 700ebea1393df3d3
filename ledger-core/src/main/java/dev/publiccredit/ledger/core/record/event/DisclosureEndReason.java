package dev.publiccredit.ledger.core.record.event;

/** Why a record stopped being disclosed before or at the end of its publicity window. */
public enum DisclosureEndReason {
    /** The latest end of its publicity window passed (公示期满); it stays in the archive. */
    PUBLICITY_EXPIRED,
    /** Credit repair was granted (已修复): disclosure ends early. */
    REPAIRED,
    /** Temporarily hidden (暂时屏蔽) for an enterprise in bankruptcy reorganisation with a court ruling. */
    TEMPORARILY_HIDDEN,
    /** An objection was upheld as a factual error: the record is deleted from view for good. */
    DELETED_AFTER_OBJECTION,
    /** An objection found the record shown past its period (or otherwise not to be shown): disclosure stopped. */
    STOPPED_AFTER_OBJECTION
}
