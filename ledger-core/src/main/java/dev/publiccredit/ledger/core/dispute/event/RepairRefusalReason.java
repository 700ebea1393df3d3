package dev.publiccredit.ledger.core.dispute.event;

/** Stated reasons for not accepting or not granting a repair application (credit-rules §3, rejection grounds). */
public enum RepairRefusalReason {
    /** The obligations are not (fully) performed. */
    OBLIGATIONS_UNPERFORMED,
    /** The materials are incomplete; the applicant is told what is missing. */
    MATERIALS_INCOMPLETE,
    /** A law, regulation or Central policy rules out repair for this record. */
    NOT_REPAIRABLE,
    /** The commitment or the materials are false. */
    FALSE_MATERIALS,
    /** Another reason, stated in the explanation. */
    OTHER
}
