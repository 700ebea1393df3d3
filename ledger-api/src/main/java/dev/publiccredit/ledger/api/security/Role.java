package dev.publiccredit.ledger.api.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The roles a client can have, carried in the token's {@value Caller#ROLES_CLAIM} claim (docs/security.md). */
public enum Role {
    /** A department's system: submits, corrects and revokes its own department's records and listings. */
    DEPARTMENT,
    /** The platform's credit office: registers, forwards and decides objections and repair applications. */
    DISPUTE_HANDLER,
    /** Reads everything, including event histories, as-of views, proofs and verification; never writes. */
    AUDITOR,
    /** The public portal: public records inside their publicity window, identifiers masked. */
    PUBLIC,
    /** Configuration data: the calendar, the policies, the measures catalogue. */
    ADMIN;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
