/**
 * The REST API of objections (异议) and credit repair (信用修复): raising, forwarding, extending, deciding and reviewing
 * objections; applying for repair and accepting, deciding, revoking and finalising applications; the repair notice
 * served with a penalty (两书同达); and the queue of cases. Requests are mapped to commands of the record the case
 * belongs to; the case index finds that record in the write transaction, the case projection answers the views.
 */
@NullMarked
package dev.publiccredit.ledger.api.dispute;

import org.jspecify.annotations.NullMarked;
