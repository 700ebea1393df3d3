/**
 * Objections (异议) and credit repair applications (信用修复) as cases: the index from a case to its record (kept in the
 * write transaction), the case queue with each case's deadlines and history, and the queries over them.
 */
@NullMarked
package dev.publiccredit.ledger.projections.dispute;

import org.jspecify.annotations.NullMarked;
