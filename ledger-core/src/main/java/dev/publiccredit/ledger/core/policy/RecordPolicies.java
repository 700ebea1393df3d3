package dev.publiccredit.ledger.core.policy;

/** The policies a credit record applies when it decides; injected into its command handlers. */
public record RecordPolicies(PublicityPeriodPolicy publicity, DoublePublicityPolicy doublePublicity) {
}
