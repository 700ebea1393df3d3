package dev.publiccredit.ledger.core.shared;

/** The severity class of a penalty (轻微 / 一般 / 严重), which decides its publicity period (credit-rules §3). */
public enum Severity {
    MINOR,
    GENERAL,
    SERIOUS
}
