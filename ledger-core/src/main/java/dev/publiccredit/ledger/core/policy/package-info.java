/**
 * Policies with explicit inputs: publicity periods by severity and the working-day deadlines of double publicity.
 * Their numbers are configuration; their results are stored in the events that applied them.
 */
@NullMarked
package dev.publiccredit.ledger.core.policy;

import org.jspecify.annotations.NullMarked;
