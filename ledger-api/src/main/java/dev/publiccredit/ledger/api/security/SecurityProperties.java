package dev.publiccredit.ledger.api.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code ledger.security.*}: the embedded authorization server and its clients (docs/security.md,
 * docs/configuration.md). With {@code authorization-server.enabled=false} the ledger only checks tokens, from the
 * issuer in {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(@DefaultValue AuthorizationServer authorizationServer, List<Client> clients,
                                 @DefaultValue TokenCache tokenCache) {

    public SecurityProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /**
     * @param enabled  issue tokens here (client-credentials grant at /oauth2/token)
     * @param issuer   the issuer URL put in tokens; empty: derived from each token request
     * @param tokenTtl how long an access token is valid
     */
    public record AuthorizationServer(@DefaultValue("true") boolean enabled, @Nullable String issuer,
                                      @DefaultValue("PT1H") Duration tokenTtl) {
    }

    /**
     * The accepted tokens kept in memory so that a token sent again is not checked again (ADR 0023).
     *
     * @param maxEntries at most this many tokens; 0 turns the cache off
     * @param timeToLive a kept token is checked again after this long (and at its expiry, if sooner)
     */
    public record TokenCache(@DefaultValue("10000") int maxEntries, @DefaultValue("PT5M") Duration timeToLive) {
    }

    /** A client of the embedded authorization server: id, secret, role and, for DEPARTMENT, its department. */
    public record Client(String clientId, String secret, Role role, @Nullable String department,
                         @Nullable String name) {
    }
}
