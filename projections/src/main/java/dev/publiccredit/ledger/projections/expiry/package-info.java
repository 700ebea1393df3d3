/**
 * The records whose publicity window will end, for the sweep that ends their disclosure when the day comes.
 */
@NullMarked
package dev.publiccredit.ledger.projections.expiry;

import org.jspecify.annotations.NullMarked;
