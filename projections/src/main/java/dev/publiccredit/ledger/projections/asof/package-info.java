/** As-of views: a subject's read models rebuilt from its events up to a recorded time, in temporary tables. */
@NullMarked
package dev.publiccredit.ledger.projections.asof;

import org.jspecify.annotations.NullMarked;
