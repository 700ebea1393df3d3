package dev.publiccredit.ledger.projections.dispute;

/** What a case's deadline in force is for. */
public enum Due {
    /** The (first) decision on an objection, or the decision on an accepted repair application. */
    DECISION,
    /** Accepting or turning down a repair application. */
    ACCEPTANCE,
    /** The decision on the review (复核) of an objection. */
    REVIEW
}
