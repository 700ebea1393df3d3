/** Commands of the subject authorisation aggregate. */
@NullMarked
package dev.publiccredit.ledger.core.authorisation.command;

import org.jspecify.annotations.NullMarked;
