/** Events of subject authorisations (docs/events.md). */
@NullMarked
package dev.publiccredit.ledger.core.authorisation.event;

import org.jspecify.annotations.NullMarked;
