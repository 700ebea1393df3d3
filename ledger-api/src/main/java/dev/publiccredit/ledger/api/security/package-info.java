/**
 * Who may do what: the API is an OAuth2 resource server (JWT bearer tokens); in the embedded default the application
 * is also the authorization server (client-credentials grant) for the clients in {@code ledger.security.clients}.
 * See docs/security.md and ADR 0012.
 */
@NullMarked
package dev.publiccredit.ledger.api.security;

import org.jspecify.annotations.NullMarked;
