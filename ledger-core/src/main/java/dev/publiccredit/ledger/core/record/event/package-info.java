/**
 * The ledger's events: immutable facts about credit records, stored once and never changed. Their class names and
 * fields are the stored schema: a change needs a new {@code @Revision} and an upcaster.
 */
@NullMarked
package dev.publiccredit.ledger.core.record.event;

import org.jspecify.annotations.NullMarked;
