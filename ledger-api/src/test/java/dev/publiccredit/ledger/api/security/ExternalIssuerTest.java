package dev.publiccredit.ledger.api.security;

import dev.publiccredit.ledger.api.LedgerApplication;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuer is configuration: a ledger with its own authorization server turned off accepts the tokens of the
 * issuer named in {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (here another ledger instance, found
 * through its RFC 8414 metadata), with the same role rules, and refuses tokens signed by anyone else.
 */
class ExternalIssuerTest {

    @TempDir
    Path issuerData;

    @TempDir
    Path ledgerData;

    @Test
    void tokensOfTheConfiguredIssuer_areAccepted_andOthersRefused() throws Exception {
        try (ConfigurableApplicationContext issuer = start(issuerData)) {
            String issuerUrl = "http://localhost:" + port(issuer);
            try (ConfigurableApplicationContext ledger = start(ledgerData,
                    "--ledger.security.authorization-server.enabled=false",
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuerUrl)) {
                HttpJson fromIssuer = new HttpJson(port(issuer));
                HttpJson toLedger = new HttpJson(port(ledger)).anonymous();
                String department = fromIssuer.token("samr-haidian");

                HttpJson.Response submitted = toLedger.post("/api/v1/penalties",
                        Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("EXT"),
                                Submissions.COMPANY, LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1)),
                        "Authorization", "Bearer " + department);
                assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);

                HttpJson.Response otherDepartment = toLedger.post("/api/v1/penalties",
                        Submissions.penalty("TAX-HAIDIAN", Submissions.nextSourceId("EXT"),
                                Submissions.COMPANY, LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1)),
                        "Authorization", "Bearer " + department);
                assertThat(otherDepartment.status()).isEqualTo(403);

                HttpJson.Response events = toLedger.get("/api/v1/subjects/" + Submissions.COMPANY + "/events",
                        "Authorization", "Bearer " + fromIssuer.token("auditor"));
                assertThat(events.status()).as(events.raw().body()).isEqualTo(200);
                assertThat(events.json().get("events").get(0).get("metadata").get("clientId").asString())
                        .isEqualTo("samr-haidian");

                String foreign = signedByAStranger(issuerUrl);
                HttpJson.Response refused = toLedger.get("/api/v1/measures", "Authorization", "Bearer " + foreign);
                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");

                HttpJson.Response noTokenEndpoint = toLedger.post("/oauth2/token", "grant_type=client_credentials",
                        "Content-Type", "application/x-www-form-urlencoded");
                assertThat(noTokenEndpoint.status()).isNotEqualTo(200);
            }
        }
    }

    /** A token with the issuer's name and an auditor's claims, signed with a key the issuer never had. */
    private static String signedByAStranger(String issuerUrl) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("stranger").generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuerUrl).subject("auditor")
                .claim("client_id", "auditor").claim("roles", List.of("AUDITOR"))
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static ConfigurableApplicationContext start(Path data, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--ledger.embedded-postgres.data-directory=" + data;
        args[2] = "--ledger.sweep.enabled=false";
        System.arraycopy(more, 0, args, 3, more.length);
        return new SpringApplicationBuilder(LedgerApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
