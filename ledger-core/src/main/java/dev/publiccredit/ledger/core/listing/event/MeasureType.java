package dev.publiccredit.ledger.core.listing.event;

/** Whether a joint measure punishes (联合惩戒) or rewards (联合激励). */
public enum MeasureType {
    RESTRICTION,
    INCENTIVE
}
