/** Subject authorisations as a table, and the reader that answers which authorisation holds on a day. */
@NullMarked
package dev.publiccredit.ledger.projections.authorisation;

import org.jspecify.annotations.NullMarked;
