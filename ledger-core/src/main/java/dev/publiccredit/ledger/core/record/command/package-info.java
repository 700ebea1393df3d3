/** Commands to the credit record: record a licence or a penalty, correct it, revoke it. */
@NullMarked
package dev.publiccredit.ledger.core.record.command;

import org.jspecify.annotations.NullMarked;
