package dev.publiccredit.ledger.api.audit;

import dev.publiccredit.ledger.api.LedgerApplication;
import dev.publiccredit.ledger.api.support.AuditChecks;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.TestClients;
import dev.publiccredit.ledger.api.support.Rfc9162;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static dev.publiccredit.ledger.api.support.AuditChecks.hash;
import static dev.publiccredit.ledger.api.support.AuditChecks.hashes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated signing key is kept across restarts, and heads signed before a restart or a key change stay
 * verifiable: the log after them is consistent with them.
 */
class AuditKeyRestartTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path data;

    @Test
    void theGeneratedKeySurvivesARestart_andAConfiguredKeyReplacesItWithoutBreakingOldHeads() throws Exception {
        JsonNode firstHead;
        String firstKey;
        try (ConfigurableApplicationContext ledger = start()) {
            HttpJson http = http(ledger);
            firstHead = headAfterAWrite(http, "R-1");
            firstKey = http.get("/api/v1/audit/public-key").json().get("publicKey").asString();
            assertThat(AuditChecks.signatureValid(firstHead, firstKey)).isTrue();
        }
        assertThat(data.resolve("audit-signing-key")).exists();

        JsonNode secondHead;
        try (ConfigurableApplicationContext ledger = start()) {
            HttpJson http = http(ledger);
            JsonNode keys = http.get("/api/v1/audit/public-key").json();
            assertThat(keys.get("publicKey").asString()).isEqualTo(firstKey);
            assertThat(keys.get("keys")).hasSize(1);
            secondHead = headAfterAWrite(http, "R-2");
            assertThat(secondHead.get("keyId").asString()).isEqualTo(firstHead.get("keyId").asString());
            assertThat(AuditChecks.signatureValid(secondHead, firstKey)).isTrue();
            assertConsistent(http, firstHead, secondHead);
        }

        String configured = SigningKey.generatePkcs8();
        try (ConfigurableApplicationContext ledger = start("--ledger.audit.signing-key=" + configured)) {
            HttpJson http = http(ledger);
            JsonNode keys = http.get("/api/v1/audit/public-key").json();
            assertThat(keys.get("keyId").asString()).isNotEqualTo(firstHead.get("keyId").asString());
            List<String> known = new ArrayList<>();
            keys.get("keys").forEach(k -> known.add(k.get("keyId").asString()));
            assertThat(known).containsExactly(firstHead.get("keyId").asString(), keys.get("keyId").asString());
            assertThat(AuditChecks.signatureValid(secondHead, keys.get("keys").get(0).get("publicKey").asString()))
                    .as("a head signed by the old key, with the old key from the list").isTrue();
            JsonNode thirdHead = headAfterAWrite(http, "R-3");
            assertThat(AuditChecks.signatureValid(thirdHead, keys.get("publicKey").asString())).isTrue();
            assertConsistent(http, secondHead, thirdHead);
        }
    }

    private static JsonNode headAfterAWrite(HttpJson http, String source) {
        HttpJson.Response penalty = http.post("/api/v1/penalties",
                Submissions.penalty("SAMR-RESTART", source, "91350100M000100Y43", TODAY.minusDays(2)));
        assertThat(penalty.status()).as(penalty.raw().body()).isEqualTo(201);
        HttpJson.Response head = http.post("/api/v1/audit/tree-head", "", "X-Ledger-Await-Position",
                penalty.header("X-Ledger-Position"));
        assertThat(head.status()).as(head.raw().body()).isEqualTo(200);
        return head.json();
    }

    private static void assertConsistent(HttpJson http, JsonNode older, JsonNode newer) {
        long from = older.get("treeSize").asLong();
        long to = newer.get("treeSize").asLong();
        assertThat(to).isGreaterThan(from);
        JsonNode proof = http.get("/api/v1/audit/proofs/consistency?from=" + from + "&to=" + to).json();
        assertThat(Rfc9162.verifyConsistency(from, to, hash(older, "rootHash"), hash(newer, "rootHash"),
                hashes(proof.get("proof")))).isTrue();
    }

    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--ledger.embedded-postgres.data-directory=" + data.resolve("postgres"),
                "--ledger.audit.key-file=" + data.resolve("audit-signing-key"),
                "--ledger.sweep.enabled=false"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(LedgerApplication.class, TestClients.class).run(args.toArray(String[]::new));
    }

    private static HttpJson http(ConfigurableApplicationContext ledger) {
        return new HttpJson(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
    }
}
