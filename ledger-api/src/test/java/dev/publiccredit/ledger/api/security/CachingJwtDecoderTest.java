package dev.publiccredit.ledger.api.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.publiccredit.ledger.api.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token cache in front of a real decoder (RS256 signatures, the default timestamp check with its 60 s clock
 * skew), both on one clock the test moves: a token is checked once, then answered from memory until it expires or
 * its time to live is over; a tampered copy, an expired token and a token signed by another key are refused.
 */
class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private final MutableClock clock = new MutableClock();
    private final RSAKey key = generate("ledger");
    private final AtomicInteger checks = new AtomicInteger();
    private final JwtDecoder checked = checkedBy(key);

    CachingJwtDecoderTest() {
        clock.set(NOW);
    }

    @Test
    void aTokenIsCheckedOnce_thenAnsweredFromMemory() {
        CachingJwtDecoder cache = new CachingJwtDecoder(checked, 100, Duration.ofMinutes(5), clock);
        String token = token(key, NOW.minusSeconds(10), NOW.plus(Duration.ofHours(1)));

        Jwt first = cache.decode(token);
        Jwt second = cache.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getClaimAsStringList("roles")).containsExactly("AUDITOR");
        assertThat(checks).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aKeptToken_isRefusedOnceExpired() {
        CachingJwtDecoder cache = new CachingJwtDecoder(checked, 100, Duration.ofHours(2), clock);
        Instant expiry = NOW.plus(Duration.ofMinutes(10));
        String token = token(key, NOW.minusSeconds(10), expiry);
        cache.decode(token);

        clock.set(expiry);                       // expired by the cache's rule: checked again, the skew still admits it
        cache.decode(token);
        assertThat(checks).hasValue(2);

        clock.set(expiry.plus(Duration.ofMinutes(2)));   // past the skew too: refused, and not kept
        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aKeptToken_isCheckedAgain_afterItsTimeToLive() {
        CachingJwtDecoder cache = new CachingJwtDecoder(checked, 100, Duration.ofMinutes(5), clock);
        String token = token(key, NOW.minusSeconds(10), NOW.plus(Duration.ofHours(1)));
        cache.decode(token);

        clock.set(NOW.plus(Duration.ofMinutes(4)));
        cache.decode(token);
        assertThat(checks).hasValue(1);

        clock.set(NOW.plus(Duration.ofMinutes(5)));
        cache.decode(token);
        assertThat(checks).hasValue(2);
    }

    @Test
    void aTamperedCopyOfAKeptToken_isRefused() {
        CachingJwtDecoder cache = new CachingJwtDecoder(checked, 100, Duration.ofMinutes(5), clock);
        String token = token(key, NOW.minusSeconds(10), NOW.plus(Duration.ofHours(1)));
        cache.decode(token);

        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + flipFirst(parts[2]);
        String otherClaims = parts[0] + "." + flipFirst(parts[1]) + "." + parts[2];
        assertThatThrownBy(() -> cache.decode(otherSignature)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> cache.decode(otherClaims)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> cache.decode(token(generate("stranger"), NOW.minusSeconds(10),
                NOW.plus(Duration.ofHours(1))))).isInstanceOf(JwtException.class);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aTokenNotYetValid_isNotKept() {
        CachingJwtDecoder cache = new CachingJwtDecoder(checked, 100, Duration.ofMinutes(5), clock);
        // valid from 30 s on: the skew admits it now, the cache does not keep it
        String token = token(key, NOW.plusSeconds(30), NOW.plus(Duration.ofHours(1)));
        cache.decode(token);
        cache.decode(token);
        assertThat(checks).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheKeepsAtMostItsSize_dropsExpiredTokensWhenFull_andSizeZeroKeepsNone() {
        CachingJwtDecoder cache = new CachingJwtDecoder(checked, 2, Duration.ofHours(2), clock);
        String shortLived = token(key, NOW.minusSeconds(10), NOW.plus(Duration.ofMinutes(1)));
        String a = token(key, NOW.minusSeconds(10), NOW.plus(Duration.ofHours(1)));
        String b = token(key, NOW.minusSeconds(9), NOW.plus(Duration.ofHours(1)));
        cache.decode(shortLived);
        cache.decode(a);
        cache.decode(b);                          // full: b is checked, not kept
        assertThat(cache.size()).isEqualTo(2);
        cache.decode(b);
        assertThat(checks).hasValue(4);

        clock.set(NOW.plus(Duration.ofMinutes(2)));
        cache.decode(b);                          // full, but the short-lived token has expired: b takes its place
        cache.decode(b);
        cache.decode(a);
        assertThat(checks).hasValue(5);
        assertThat(cache.size()).isEqualTo(2);

        CachingJwtDecoder off = new CachingJwtDecoder(checked, 0, Duration.ofHours(2), clock);
        off.decode(a);
        off.decode(a);
        assertThat(checks).hasValue(7);
        assertThat(off.size()).isZero();
    }

    private JwtDecoder checkedBy(RSAKey signingKey) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(signingKey)))
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();   // 60 s clock skew, as the ledger's
        timestamps.setClock(clock);
        decoder.setJwtValidator(timestamps);
        return token -> {
            checks.incrementAndGet();
            return decoder.decode(token);
        };
    }

    private static String token(RSAKey signingKey, Instant notBefore, Instant expiresAt) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("auditor").claim("client_id", "auditor")
                .claim("roles", List.of("AUDITOR")).issuedAt(notBefore).notBefore(notBefore).expiresAt(expiresAt)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(signingKey.getKeyID()).build(), claims)).getTokenValue();
    }

    private static String flipFirst(String base64url) {
        char first = base64url.charAt(0);
        return (first == 'A' ? 'B' : 'A') + base64url.substring(1);
    }

    private static RSAKey generate(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
