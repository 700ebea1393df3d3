/**
 * The events of listings (名单): the prior notice of a serious-dishonesty listing, the listing decision with the joint
 * measures it applies, removal and expiry. Their class names and fields are the stored schema: a change needs a new
 * {@code @Revision} and an upcaster.
 */
@NullMarked
package dev.publiccredit.ledger.core.listing.event;

import org.jspecify.annotations.NullMarked;
