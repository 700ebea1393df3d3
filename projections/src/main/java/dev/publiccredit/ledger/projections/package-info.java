/**
 * Read models built from the ledger's events, each in its own named processing group, and the queries over them.
 * Tables are written with plain SQL; every handler is idempotent (upserts keyed by record and sequence), so a replay
 * or a retried batch gives the same rows.
 */
@NullMarked
package dev.publiccredit.ledger.projections;

import org.jspecify.annotations.NullMarked;
