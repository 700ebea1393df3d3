/**
 * Bulk ingest of double-publicity files: {@code POST /api/v1/batches} spools a CSV (national licence or penalty
 * layout, UTF-8 or GBK) or JSON Lines upload, answers 202, and stores its valid rows in the background through the
 * same validation as the single-record API and a chunked append to the event store. See docs/ingest.md and
 * ADR 0020.
 */
@NullMarked
package dev.publiccredit.ledger.api.batch;

import org.jspecify.annotations.NullMarked;
