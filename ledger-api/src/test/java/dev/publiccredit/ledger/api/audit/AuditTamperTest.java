package dev.publiccredit.ledger.api.audit;

import dev.publiccredit.ledger.api.support.AuditChecks;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator edits the event store directly in PostgreSQL; the verification names the event. Each test puts the
 * rows back afterwards (the application context, and its database, is shared with other test classes) and checks
 * that the store verifies again.
 */
class AuditTamperTest extends LedgerApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final List<Long> events = new ArrayList<>();

    @Autowired
    AuditCommandLine commandLine;

    /** Flips one bit of a byte of the event's stored payload, as an operator with SQL access could; again to undo. */
    private void flipAByte(long globalIndex) {
        jdbc.sql("UPDATE domain_event_entry SET payload = set_byte(payload, 20, get_byte(payload, 20) # 1) "
                + "WHERE global_index = ?").param(globalIndex).update();
    }

    @BeforeEach
    void threeLoggedEventsUnderASignedHead() {
        long position = 0;
        for (int i = 0; i < 3; i++) {
            HttpJson.Response penalty = http.post("/api/v1/penalties", Submissions.penalty("SAMR-TAMPER",
                    Submissions.nextSourceId("T"), newCompanyCode(), TODAY.minusDays(i + 1)));
            assertThat(penalty.status()).as(penalty.raw().body()).isEqualTo(201);
            position = Long.parseLong(penalty.header("X-Ledger-Position"));
            events.add(position);
        }
        for (long event : events) {
            assertThat(http.post("/api/v1/audit/tree-head", "", "X-Ledger-Await-Position", Long.toString(event))
                    .status()).isEqualTo(200);
        }
    }

    @Test
    void oneChangedByteOfAPayload_isNamed() throws Exception {
        long target = events.get(1);
        flipAByte(target);
        try {
            JsonNode job = AuditChecks.verify(http);
            assertThat(job.get("consistent").asBoolean()).isFalse();
            assertNamed(job.get("firstDisagreement"), "CHANGED", target);
            assertThat(job.get("counts").get("changed").asLong()).isEqualTo(1);
            assertThat(job.get("disagreements")).hasSize(1);
        } finally {
            flipAByte(target);
        }
        assertConsistent();
    }

    @Test
    void theCommandLineMode_printsTheVerification_andExitsWith1ForAChangedByte_0WhenRestored() throws Exception {
        long target = events.get(0);
        flipAByte(target);
        try {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            assertThat(commandLine.verify(new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(1);
            JsonNode job = HttpJson.JSON.readTree(printed.toString(StandardCharsets.UTF_8));
            assertThat(job.get("consistent").asBoolean()).isFalse();
            assertNamed(job.get("firstDisagreement"), "CHANGED", target);
        } finally {
            flipAByte(target);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(commandLine.verify(new PrintStream(printed, true, StandardCharsets.UTF_8))).isZero();
        assertThat(HttpJson.JSON.readTree(printed.toString(StandardCharsets.UTF_8)).get("consistent").asBoolean())
                .isTrue();
    }

    @Test
    void aDeletedRow_isNamed() throws Exception {
        long target = events.get(0);
        jdbc.sql("CREATE TABLE tamper_backup AS SELECT * FROM domain_event_entry WHERE global_index = ?")
                .param(target).update();
        try {
            assertThat(jdbc.sql("DELETE FROM domain_event_entry WHERE global_index = ?").param(target).update())
                    .isEqualTo(1);
            JsonNode job = AuditChecks.verify(http);
            assertThat(job.get("consistent").asBoolean()).isFalse();
            assertNamed(job.get("firstDisagreement"), "MISSING_FROM_STORE", target);
            assertThat(job.get("counts").get("missingFromStore").asLong()).isEqualTo(1);
        } finally {
            jdbc.sql("INSERT INTO domain_event_entry SELECT * FROM tamper_backup").update();
            jdbc.sql("DROP TABLE tamper_backup").update();
        }
        assertConsistent();
    }

    @Test
    void twoRowsWithSwappedPayloads_areNamed_theFirstOneFirst() throws Exception {
        long first = events.get(0);
        long second = events.get(2);
        String swap = """
                UPDATE domain_event_entry d SET payload = o.payload FROM domain_event_entry o
                WHERE (d.global_index = ? AND o.global_index = ?) OR (d.global_index = ? AND o.global_index = ?)""";
        jdbc.sql(swap).params(first, second, second, first).update();
        try {
            JsonNode job = AuditChecks.verify(http);
            assertThat(job.get("consistent").asBoolean()).isFalse();
            assertNamed(job.get("firstDisagreement"), "CHANGED", first);
            assertThat(job.get("disagreements")).hasSize(2);
            assertNamed(job.get("disagreements").get(1), "CHANGED", second);
        } finally {
            jdbc.sql(swap).params(first, second, second, first).update();
        }
        assertConsistent();
    }

    @Test
    void aChangedRowWithItsLeafRewrittenToMatch_failsTheSignedTreeHead() throws Exception {
        long target = events.get(2);
        byte[] originalLeaf = leafHash(target);
        flipAByte(target);
        StoredEvent changed = jdbc.sql("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry "
                + "WHERE global_index = ?").param(target).query((rs, n) -> StoredEvent.read(rs)).single();
        jdbc.sql("UPDATE audit_log_leaf SET leaf_hash = ? WHERE global_index = ?")
                .params(changed.leafHash(), target).update();
        try {
            JsonNode job = AuditChecks.verify(http);
            assertThat(job.get("disagreements")).as("store and log agree now").isEmpty();
            assertThat(job.get("treeHead").get("rootMatches").asBoolean()).isFalse();
            assertThat(job.get("treeHead").get("signatureValid").asBoolean()).isTrue();
            assertThat(job.get("consistent").asBoolean()).isFalse();
        } finally {
            flipAByte(target);
            jdbc.sql("UPDATE audit_log_leaf SET leaf_hash = ? WHERE global_index = ?")
                    .params(originalLeaf, target).update();
        }
        assertConsistent();
    }

    private void assertNamed(JsonNode disagreement, String kind, long globalIndex) {
        assertThat(disagreement.get("kind").asString()).isEqualTo(kind);
        assertThat(disagreement.get("globalIndex").asLong()).isEqualTo(globalIndex);
        assertThat(disagreement.get("eventIdentifier").asString()).isEqualTo(jdbc.sql(
                "SELECT event_identifier FROM audit_log_leaf WHERE global_index = ?").param(globalIndex)
                .query(String.class).single());
    }

    private byte[] leafHash(long globalIndex) {
        return jdbc.sql("SELECT leaf_hash FROM audit_log_leaf WHERE global_index = ?").param(globalIndex)
                .query(byte[].class).single();
    }

    private void assertConsistent() throws InterruptedException {
        JsonNode job = AuditChecks.verify(http);
        assertThat(job.get("consistent").asBoolean()).as(job.toString()).isTrue();
    }
}
