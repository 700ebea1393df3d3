/**
 * Commands to the {@code Listing} aggregate. Times and dates come from the API's clock ({@code submittedAt},
 * {@code submittedOn}); the aggregate never reads the time.
 */
@NullMarked
package dev.publiccredit.ledger.core.listing.command;

import org.jspecify.annotations.NullMarked;
