package dev.publiccredit.ledger.api.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static dev.publiccredit.ledger.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token cache over HTTP (ADR 0023): a token sent again is still accepted, and whatever the cache holds, a tampered
 * copy of an accepted token, an expired token signed with the ledger's own key and an accepted token whose role was
 * changed are refused with 401 problems, and no read is logged for them.
 */
class TokenCacheHttpTest extends LedgerApplicationTest {

    @Autowired
    JWKSource<SecurityContext> signingKeys;

    @Test
    void aTokenSentAgain_isAccepted_andATamperedCopyOfIt_isRefused() {
        String token = http.token("auditor");
        for (int i = 0; i < 3; i++) {
            assertThat(bearer(token).status()).isEqualTo(200);
        }
        String[] parts = token.split("\\.");
        assertRefused(parts[0] + "." + parts[1] + "." + flipLast(parts[2]));
        assertRefused(parts[0] + "." + flipLast(parts[1]) + "." + parts[2]);
        assertRefused(token + "x");
        assertThat(bearer(token).status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenSignedWithTheLedgersKey_isRefused_andAFreshOneIsAccepted() {
        Instant now = Instant.now();
        // expired ten minutes ago: past the decoder's 60 s clock skew
        assertRefused(signed(now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(10))));
        String fresh = signed(now.minusSeconds(5), now.plus(Duration.ofMinutes(10)));
        assertThat(bearer(fresh).status()).isEqualTo(200);
        assertThat(bearer(fresh).status()).isEqualTo(200);
    }

    @Test
    void aCopyOfAnAcceptedPublicToken_promotedToAuditor_isRefused_andLogsNoRead() {
        String company = newCompanyCode();
        HttpJson.Response created = http.post("/api/v1/penalties", Submissions.penalty("SAMR-HAIDIAN",
                Submissions.nextSourceId("TOKEN"), company, LocalDate.now(clock).minusDays(2)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String position = created.header("X-Ledger-Position");
        String token = http.token("public-portal");
        assertThat(bearer(token).status()).isEqualTo(200);
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"PUBLIC\"", "\"AUDITOR\"");
        assertThat(claims).contains("\"AUDITOR\"");
        String promoted = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        HttpJson.Response refused = http.get("/api/v1/subjects/" + company + "/profile",
                "Authorization", "Bearer " + promoted, "X-Ledger-Await-Position", position);
        assertProblem(refused, 401, "UNAUTHENTICATED");
        assertThat(loggedReads(company)).isZero();
        HttpJson.Response read = http.as("auditor").get("/api/v1/subjects/" + company + "/profile",
                "X-Ledger-Await-Position", position);
        assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
        assertThat(loggedReads(company)).isEqualTo(1);
    }

    private long loggedReads(String subjectCode) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE subject_code = ?").param(subjectCode)
                .query(Long.class).single();
    }

    private HttpJson.Response bearer(String token) {
        return http.get("/api/v1/measures", "Authorization", "Bearer " + token);
    }

    private void assertRefused(String token) {
        HttpJson.Response refused = bearer(token);
        assertProblem(refused, 401, "UNAUTHENTICATED");
        assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
    }

    /** An auditor's token signed with the ledger's own key, valid from {@code notBefore} to {@code expiresAt}. */
    private String signed(Instant notBefore, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("auditor").claim("client_id", "auditor")
                .claim("roles", List.of("AUDITOR")).issuedAt(notBefore).notBefore(notBefore).expiresAt(expiresAt)
                .build();
        return new NimbusJwtEncoder(signingKeys).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }

    private static String flipLast(String base64url) {
        int last = base64url.length() - 2;   // not the very last character: its low bits may be padding
        char c = base64url.charAt(last);
        return base64url.substring(0, last) + (c == 'A' ? 'B' : 'A') + base64url.substring(last + 1);
    }
}
