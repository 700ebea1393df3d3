package dev.publiccredit.ledger.core.dispute.event;

/** Why a granted (or temporarily granted) repair was revoked. */
public enum RepairRevocationReason {
    /** The repair rested on false materials or a false commitment. */
    FALSE_MATERIALS,
    /** The reorganisation plan was not performed: the temporary measures end. */
    REORGANISATION_ENDED
}
