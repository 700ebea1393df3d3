package dev.publiccredit.ledger.core.authorisation.command;

import dev.publiccredit.ledger.core.shared.AuthorisationId;

/** The answer to a grant: the authorisation's id, and whether it already existed (then nothing was stored). */
public record AuthorisationOutcome(AuthorisationId authorisationId, boolean duplicate) {
}
