package dev.publiccredit.ledger.core.policy;

/** The policies a credit record applies to objections and repair applications; injected into its handlers. */
public record DisputePolicies(ObjectionPolicy objection, RepairPolicy repair) {
}
