/**
 * Lists (名单, credit-rules §5): the {@code Listing} aggregate, one per list entry, through its notice, decision,
 * removal and expiry, and the field rules of its commands.
 */
@NullMarked
package dev.publiccredit.ledger.core.listing;

import org.jspecify.annotations.NullMarked;
