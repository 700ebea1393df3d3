/** Subject authorisations over HTTP: registration by the grantee department, reads, revocation (docs/disclosure.md). */
@NullMarked
package dev.publiccredit.ledger.api.authorisation;

import org.jspecify.annotations.NullMarked;
