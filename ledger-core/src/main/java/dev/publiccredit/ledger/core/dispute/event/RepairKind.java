package dev.publiccredit.ledger.core.dispute.event;

/** A standard repair, or the temporary measures for an enterprise in bankruptcy reorganisation or composition. */
public enum RepairKind {
    /** Ends disclosure early once the obligations are fulfilled and a credit commitment is made (22号, 36号). */
    STANDARD,
    /**
     * 破产重整/和解 with a court ruling: temporary hiding (暂时屏蔽) and temporary lifting of measures (暂时解除),
     * later made final or ended.
     */
    REORGANISATION
}
