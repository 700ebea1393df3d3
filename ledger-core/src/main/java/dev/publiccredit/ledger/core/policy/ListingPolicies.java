package dev.publiccredit.ledger.core.policy;

/** What a listing applies when it decides: its periods and the measures catalogue; injected into its handlers. */
public record ListingPolicies(ListingPolicy listing, MeasureCatalogue measures) {
}
