/**
 * Configuration data the platform administrator keeps: the working-day calendar (one year at a time), the rules in
 * force (read-only: they are configuration), and the joint measures catalogue. Data published here is an event, so it
 * is in the tamper-evident log, and applies without a restart.
 */
@org.jspecify.annotations.NullMarked
package dev.publiccredit.ledger.api.admin;
