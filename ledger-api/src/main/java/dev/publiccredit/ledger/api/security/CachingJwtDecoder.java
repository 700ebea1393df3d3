package dev.publiccredit.ledger.api.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens another decoder accepted, keyed by the exact token string, so that a client sending the same
 * token again is not checked again: parsing, the signature check and the claim conversion are most of the
 * ledger's own CPU cost of a small read (ADR 0023). A token is answered from memory only while it is still valid by
 * its {@code exp} and {@code nbf} (no clock skew allowed: near its expiry it goes to the decoder again) and for at
 * most {@code timeToLive} after it was checked; any other string, however close to an accepted one, is a different
 * key and goes to the decoder. At most {@code maxEntries} tokens are kept: when full, the expired ones are dropped,
 * and a token that still finds no room is checked every time until there is room. {@code maxEntries} 0 turns the
 * cache off. Tokens without {@code exp} are never kept.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private record Accepted(Jwt jwt, Instant from, Instant until) {
        boolean validAt(Instant now) {
            return now.isBefore(until) && !now.isBefore(from);
        }
    }

    private final JwtDecoder decoder;
    private final int maxEntries;
    private final Duration timeToLive;
    private final Clock clock;
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();

    public CachingJwtDecoder(JwtDecoder decoder, int maxEntries, Duration timeToLive, Clock clock) {
        if (maxEntries < 0 || timeToLive.isNegative()) {
            throw new IllegalArgumentException("a token cache needs maxEntries >= 0 and a time to live >= 0");
        }
        this.decoder = decoder;
        this.maxEntries = maxEntries;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Accepted known = accepted.get(token);
        if (known != null) {
            if (known.validAt(now)) {
                return known.jwt();
            }
            accepted.remove(token, known);
        }
        Jwt jwt = decoder.decode(token);
        remember(token, jwt, now);
        return jwt;
    }

    /** The number of tokens kept. */
    int size() {
        return accepted.size();
    }

    private void remember(String token, Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        if (maxEntries == 0 || expiresAt == null) {
            return;
        }
        Instant until = now.plus(timeToLive).isBefore(expiresAt) ? now.plus(timeToLive) : expiresAt;
        Accepted entry = new Accepted(jwt, jwt.getNotBefore() != null ? jwt.getNotBefore() : Instant.MIN, until);
        if (!entry.validAt(now)) {
            return;
        }
        if (accepted.size() >= maxEntries) {
            accepted.values().removeIf(kept -> !kept.validAt(now));
            if (accepted.size() >= maxEntries) {
                return;
            }
        }
        accepted.put(token, entry);
    }
}
