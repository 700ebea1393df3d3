/**
 * The query log (查询日志, docs/audit.md, ADR 0014): every successful read of a subject's non-public data leaves one
 * append-only entry, which becomes a leaf of the Merkle log; the subject's access log for auditors and authorised
 * departments; the retention purge.
 */
@NullMarked
package dev.publiccredit.ledger.api.access;

import org.jspecify.annotations.NullMarked;
