package dev.publiccredit.ledger.api.audit;

import dev.publiccredit.ledger.api.projection.ProjectionMonitor;
import dev.publiccredit.ledger.api.support.AuditChecks;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Rfc9162;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.publiccredit.ledger.api.support.AuditChecks.hash;
import static dev.publiccredit.ledger.api.support.AuditChecks.hashes;
import static dev.publiccredit.ledger.api.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit log over HTTP: coverage under concurrent writes, proofs checked by an independent verifier, bad input. */
class AuditLogHttpTest extends LedgerApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ProjectionMonitor monitor;

    @Test
    void concurrentWrites_everyStoredEventHasExactlyOneLeaf() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<List<Long>>> sent = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                sent.add(senders.submit(() -> {
                    List<Long> positions = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        positions.add(submitPenalty());
                    }
                    return positions;
                }));
            }
            List<Long> positions = new ArrayList<>();
            for (Future<List<Long>> future : sent) {
                positions.addAll(future.get());
            }
            assertThat(positions).doesNotHaveDuplicates().hasSize(80);
            for (long position : positions) {
                assertThat(monitor.await(AuditLogAppender.GROUP, position, Duration.ofSeconds(30)))
                        .as("event %d logged", position).isTrue();
            }
            long upTo = positions.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM domain_event_entry d
                            FULL JOIN audit_log_leaf l ON l.global_index = d.global_index
                            WHERE coalesce(d.global_index, l.global_index) <= ?
                              AND (l.leaf_index IS NULL OR d.global_index IS NULL
                                   OR l.event_identifier <> d.event_identifier)""")
                    .param(upTo).query(Long.class).single()).as("events without leaf, leaves without event").isZero();
            assertThat(jdbc.sql("SELECT count(*) = coalesce(max(leaf_index) + 1, 0) FROM audit_log_leaf")
                    .query(Boolean.class).single()).as("leaf indexes 0..n-1 without holes").isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_log_leaf WHERE global_index = ANY(?)")
                    .param(positions.toArray(Long[]::new)).query(Long.class).single()).isEqualTo(80);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void inclusionProof_verifiesIndependentlyAgainstATreeHeadSignedWithTheServedKey() throws Exception {
        long position = submitPenalty();
        String eventId = eventAt(position);
        JsonNode head = issueHead(position);
        JsonNode keys = http.get("/api/v1/audit/public-key").json();
        assertThat(keys.get("keyId").asString()).isEqualTo(head.get("keyId").asString());
        assertThat(keys.get("algorithm").asString()).isEqualTo("Ed25519");
        assertThat(AuditChecks.signatureValid(head, keys.get("publicKey").asString())).isTrue();
        assertThat(http.get("/api/v1/audit/tree-head").json().get("treeSize").asLong())
                .isGreaterThanOrEqualTo(head.get("treeSize").asLong());

        HttpJson.Response answer = http.get("/api/v1/audit/proofs/inclusion?eventId=" + eventId + "&treeSize="
                + head.get("treeSize").asLong());
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        JsonNode proof = answer.json();
        assertThat(proof.get("globalIndex").asLong()).isEqualTo(position);
        assertThat(proof.get("rootHash").asString()).isEqualTo(head.get("rootHash").asString());
        assertThat(Rfc9162.verifyInclusion(proof.get("leafIndex").asLong(), head.get("treeSize").asLong(),
                hashes(proof.get("auditPath")), hash(proof, "leafHash"), hash(head, "rootHash"))).isTrue();
        assertThat(Rfc9162.verifyInclusion(proof.get("leafIndex").asLong(), head.get("treeSize").asLong(),
                hashes(proof.get("auditPath")), Rfc9162.leafHash(new byte[]{1}), hash(head, "rootHash")))
                .as("another leaf does not verify").isFalse();

        byte[] leafData = Base64.getDecoder().decode(proof.get("leafData").asString());
        assertThat(Rfc9162.leafHash(leafData)).isEqualTo(hash(proof, "leafHash"));
        byte[] payload = jdbc.sql("SELECT payload FROM domain_event_entry WHERE global_index = ?").param(position)
                .query(byte[].class).single();
        assertThat(new String(leafData, StandardCharsets.UTF_8))
                .contains(eventId, new String(payload, StandardCharsets.UTF_8));

        JsonNode byDefault = http.get("/api/v1/audit/proofs/inclusion?eventId=" + eventId).json();
        assertThat(byDefault.get("treeSize").asLong()).isGreaterThan(byDefault.get("leafIndex").asLong());
    }

    @Test
    void consistencyProof_betweenTwoSignedHeads_verifiesIndependently() {
        JsonNode first = issueHead(submitPenalty());
        submitPenalty();
        JsonNode second = issueHead(submitPenalty());
        long from = first.get("treeSize").asLong();
        long to = second.get("treeSize").asLong();
        assertThat(to).isGreaterThanOrEqualTo(from + 2);

        JsonNode proof = http.get("/api/v1/audit/proofs/consistency?from=" + from + "&to=" + to).json();
        assertThat(proof.get("fromRoot").asString()).isEqualTo(first.get("rootHash").asString());
        assertThat(proof.get("toRoot").asString()).isEqualTo(second.get("rootHash").asString());
        assertThat(Rfc9162.verifyConsistency(from, to, hash(first, "rootHash"), hash(second, "rootHash"),
                hashes(proof.get("proof")))).isTrue();
        assertThat(Rfc9162.verifyConsistency(from, to, hash(second, "rootHash"), hash(second, "rootHash"),
                hashes(proof.get("proof")))).as("a rewritten first tree is not consistent").isFalse();
    }

    @Test
    void verificationOfAnUntouchedStore_isConsistent() throws Exception {
        issueHead(submitPenalty());
        JsonNode job = AuditChecks.verify(http);
        assertThat(job.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("consistent").asBoolean()).as(job.toString()).isTrue();
        assertThat(job.has("firstDisagreement")).isFalse();
        assertThat(job.get("checkedEvents").asLong()).isEqualTo(job.get("totalEvents").asLong())
                .isEqualTo(storedEvents());
        assertThat(job.get("treeHead").get("rootMatches").asBoolean()).isTrue();
        assertThat(job.get("treeHead").get("signatureValid").asBoolean()).isTrue();
    }

    @Test
    void badInput_is400NamingTheParameter_or404() {
        long position = submitPenalty();
        String eventId = eventAt(position);
        long size = issueHead(position).get("treeSize").asLong();
        assertThat(errorFields(http.get("/api/v1/audit/proofs/inclusion"))).containsExactly("eventId");
        assertThat(http.get("/api/v1/audit/proofs/inclusion?eventId=" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(errorFields(http.get("/api/v1/audit/proofs/inclusion?eventId=" + eventId + "&treeSize="
                + (size + 1000)))).containsExactly("treeSize");
        assertThat(errorFields(http.get("/api/v1/audit/proofs/inclusion?eventId=" + eventId + "&treeSize=x")))
                .containsExactly("treeSize");
        assertThat(errorFields(http.get("/api/v1/audit/proofs/inclusion?eventId=" + eventId + "&treeSize=0")))
                .containsExactly("treeSize");
        assertThat(errorFields(http.get("/api/v1/audit/proofs/inclusion?eventId=" + eventId
                + "&treeSize=99999999999999"))).containsExactly("treeSize");
        assertThat(errorFields(http.get("/api/v1/audit/proofs/consistency?from=3&to=2")))
                .containsExactly("from");
        assertThat(errorFields(http.get("/api/v1/audit/proofs/consistency?from=1&to=" + (size + 1000))))
                .containsExactly("to");
        assertThat(errorFields(http.get("/api/v1/audit/proofs/consistency?to=2"))).containsExactly("from");
        assertThat(errorFields(http.get("/api/v1/audit/proofs/consistency?from=-1&to=2"))).containsExactly("from");
        assertThat(errorFields(http.get("/api/v1/audit/verification/not-a-job")))
                .containsExactly("verificationId");
        assertThat(http.get("/api/v1/audit/verification/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(errorFields(http.post("/api/v1/audit/tree-head", "", "X-Ledger-Await-Position", "soon")))
                .containsExactly("X-Ledger-Await-Position");
    }

    private long submitPenalty() {
        HttpJson.Response penalty = http.post("/api/v1/penalties", Submissions.penalty("SAMR-AUDIT",
                Submissions.nextSourceId("AUDIT"), newCompanyCode(), TODAY.minusDays(3)));
        assertThat(penalty.status()).as(penalty.raw().body()).isEqualTo(201);
        return Long.parseLong(penalty.header("X-Ledger-Position"));
    }

    private String eventAt(long position) {
        return jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE global_index = ?").param(position)
                .query(String.class).single();
    }

    private JsonNode issueHead(long position) {
        HttpJson.Response head = http.post("/api/v1/audit/tree-head", "", "X-Ledger-Await-Position",
                Long.toString(position));
        assertThat(head.status()).as(head.raw().body()).isEqualTo(200);
        return head.json();
    }
}
