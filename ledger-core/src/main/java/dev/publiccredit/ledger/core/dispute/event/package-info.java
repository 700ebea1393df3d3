/**
 * Events of objections (异议) and credit repair (信用修复), stored in the stream of the credit record they
 * concern, with the enums and nested records they carry. Like every event, their class names and fields are the
 * stored schema: a change needs a new {@code @Revision} and an upcaster.
 */
@NullMarked
package dev.publiccredit.ledger.core.dispute.event;

import org.jspecify.annotations.NullMarked;
