package dev.publiccredit.ledger.projections.dispute;

/** Where a case stands; each status belongs to one type of case. */
public enum CaseStatus {
    /** Objection raised, the record is flagged; decision due. */
    OPEN(CaseType.OBJECTION),
    /** Objection forwarded to the department that decides; decision due. */
    FORWARDED(CaseType.OBJECTION),
    /** Objection decided; the subject may ask once for a review. */
    DECIDED(CaseType.OBJECTION),
    /** Review (复核) requested, the record is flagged again; review decision due. */
    UNDER_REVIEW(CaseType.OBJECTION),
    /** Review decided: the objection is closed. */
    CLOSED(CaseType.OBJECTION),
    /** Repair applied for; acceptance due. */
    APPLIED(CaseType.REPAIR),
    /** Repair application accepted; decision due. */
    ACCEPTED(CaseType.REPAIR),
    /** Repair application not accepted (closed). */
    NOT_ACCEPTED(CaseType.REPAIR),
    /** Repair granted (已修复): disclosure ended. */
    GRANTED(CaseType.REPAIR),
    /** Temporary measures granted for a reorganising enterprise (暂时屏蔽): to be finalised or revoked. */
    TEMPORARILY_GRANTED(CaseType.REPAIR),
    /** Repair denied (closed). */
    DENIED(CaseType.REPAIR),
    /** Granted repair revoked, or temporary measures ended (closed). */
    REVOKED(CaseType.REPAIR);

    private final CaseType type;

    CaseStatus(CaseType type) {
        this.type = type;
    }

    public CaseType type() {
        return type;
    }
}
