package dev.publiccredit.ledger.core.dispute.event;

/** Kinds of material supporting a repair application (22号). */
public enum MaterialType {
    /** Proof that the legal obligations were fulfilled: fine paid, order complied with. */
    OBLIGATION_FULFILMENT_PROOF,
    /** The signed credit commitment letter (信用承诺书). */
    CREDIT_COMMITMENT,
    /** A court ruling on bankruptcy reorganisation or composition (for REORGANISATION). */
    COURT_RULING,
    /** Anything else the applicant adds. */
    OTHER
}
