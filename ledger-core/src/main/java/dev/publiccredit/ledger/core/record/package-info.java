/**
 * The credit record: the aggregate that decides on licences and penalties, with the field rules every submission
 * passes and the refusals it gives.
 */
@NullMarked
package dev.publiccredit.ledger.core.record;

import org.jspecify.annotations.NullMarked;
