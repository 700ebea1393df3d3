/**
 * The expiry sweep: ends the disclosure of records whose publicity window has run out, by idempotent commands that
 * each record stores at most once.
 */
@NullMarked
package dev.publiccredit.ledger.api.expiry;

import org.jspecify.annotations.NullMarked;
