package dev.publiccredit.ledger.api.access;

import dev.publiccredit.ledger.api.audit.AccessLeafAppender;
import dev.publiccredit.ledger.api.support.AuditChecks;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The query log under the Merkle log: an operator's edits in PostgreSQL are named by the verification, the retention
 * purge is not a disagreement, and concurrent reads and writes keep one consistent log. Each tamper test puts the
 * rows back (the database is shared with other test classes) and checks that the log verifies again.
 */
class AccessLogAuditTest extends LedgerApplicationTest {

    @Autowired
    AccessLeafAppender appender;

    @Autowired
    AccessLogRetention retention;

    @Autowired
    PlatformTransactionManager transactions;

    private String company;
    private String recordId;

    @BeforeEach
    void threeLoggedReads() {
        company = newCompanyCode();
        HttpJson.Response created = http.post("/api/v1/penalties", Submissions.penalty("SAMR-HAIDIAN",
                Submissions.nextSourceId("QLOGA"), company, LocalDate.now(clock).minusDays(2)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        recordId = created.json().get("recordId").asString();
        for (int i = 0; i < 3; i++) {
            assertThat(http.get("/api/v1/records/" + recordId).status()).isEqualTo(200);
        }
        appender.appendPending();
    }

    @Test
    void theTable_refusesUpdatesAndDeletes() {
        long entry = entries().get(0);
        assertThatThrownBy(() -> jdbc.sql("UPDATE access_log SET purpose = 'x' WHERE entry_id = ?").param(entry)
                .update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM access_log WHERE entry_id = ?").param(entry).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("INSERT INTO access_log_purge (from_entry_id, to_entry_id, deleted, cutoff, purged_at) "
                    + "VALUES (1, 1, 0, now(), now())").update();
            jdbc.sql("UPDATE access_log_purge SET deleted = 1").update();
        })).rootCause().hasMessageContaining("append-only");
        assertThat(entries()).hasSize(3);
    }

    @Test
    void oneChangedByteOfAnEntry_isNamed() throws Exception {
        long target = entries().get(1);
        String flip = "UPDATE access_log SET request_id = overlay(request_id placing "
                + "chr(ascii(substr(request_id, 1, 1)) # 1) from 1 for 1) WHERE entry_id = ?";
        operatorEdit(flip, target);
        try {
            JsonNode job = AuditChecks.verify(http);
            assertThat(job.get("consistent").asBoolean()).isFalse();
            assertThat(job.get("counts").get("changed").asLong()).isEqualTo(1);
            assertNamed(job.get("firstDisagreement"), "CHANGED", target);
        } finally {
            operatorEdit(flip, target);
        }
        assertConsistent();
    }

    @Test
    void aDeletedEntry_isNamed() throws Exception {
        long target = entries().get(0);
        jdbc.sql("CREATE TABLE access_tamper_backup AS SELECT * FROM access_log WHERE entry_id = ?").param(target)
                .update();
        try {
            operatorEdit("DELETE FROM access_log WHERE entry_id = ?", target);
            JsonNode job = AuditChecks.verify(http);
            assertThat(job.get("consistent").asBoolean()).isFalse();
            assertThat(job.get("counts").get("missingFromStore").asLong()).isEqualTo(1);
            assertNamed(job.get("firstDisagreement"), "MISSING_FROM_STORE", target);
        } finally {
            jdbc.sql("INSERT INTO access_log SELECT * FROM access_tamper_backup").update();
            jdbc.sql("DROP TABLE access_tamper_backup").update();
        }
        assertConsistent();
    }

    @Test
    void anEntryWithoutItsLeaf_whenALaterOneHasOne_isMissingFromTheLog() throws Exception {
        long target = entries().get(2);
        byte[] leaf = jdbc.sql("SELECT leaf_hash FROM audit_log_leaf WHERE access_entry_id = ?").param(target)
                .query(byte[].class).single();
        // the leaf is moved to an entry id that does not exist, as if the entry had never been given one
        long ghost = Long.MAX_VALUE - 7;
        jdbc.sql("UPDATE audit_log_leaf SET access_entry_id = ? WHERE access_entry_id = ?").params(ghost, target)
                .update();
        try {
            JsonNode job = AuditChecks.verify(http);
            assertThat(job.get("consistent").asBoolean()).isFalse();
            assertThat(job.get("counts").get("missingFromLog").asLong()).isEqualTo(1);
            assertThat(job.get("counts").get("missingFromStore").asLong()).isEqualTo(1);
            JsonNode missing = job.get("disagreements").get(0);
            assertNamed(missing, "MISSING_FROM_LOG", target);
        } finally {
            jdbc.sql("UPDATE audit_log_leaf SET access_entry_id = ?, leaf_hash = ? WHERE access_entry_id = ?")
                    .params(target, leaf, ghost).update();
        }
        assertConsistent();
    }

    @Test
    void theRetentionPurge_removesOnlyEntriesPastTheRetention_andTheLogStaysConsistent() throws Exception {
        List<Long> old = entries();
        clock.advance(Duration.ofDays(366 * 10 + 3));
        assertThat(http.get("/api/v1/records/" + recordId).status()).isEqualTo(200);
        long recent = entries().get(3);
        appender.appendPending();

        AccessLogRetention.Purge purge = retention.purge();
        assertThat(purge).isNotNull();
        assertThat(purge.toEntryId()).isGreaterThanOrEqualTo(old.get(2)).isLessThan(recent);
        assertThat(entries()).containsExactly(recent);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log_leaf WHERE access_entry_id = ANY(?)")
                .param(old.toArray(Long[]::new)).query(Long.class).single()).as("the leaves stay").isEqualTo(3);
        assertThat(retention.purge()).as("nothing more is due").isNull();

        JsonNode job = AuditChecks.verify(http);
        assertThat(job.get("consistent").asBoolean()).as(job.toString()).isTrue();
        assertThat(job.get("counts").get("purgedByRetention").asLong()).isGreaterThanOrEqualTo(purge.deleted())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void concurrentReadsAndWrites_keepOneConsistentLog_withALeafForEveryEventAndEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        assertThat(http.get("/api/v1/records/" + recordId).status()).isEqualTo(200);
                        if (i % 5 == 0) {
                            appender.appendPending();
                        }
                    }
                    return null;
                }));
            }
            for (int t = 0; t < 2; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        HttpJson.Response created = http.post("/api/v1/penalties", Submissions.penalty(
                                "SAMR-HAIDIAN", Submissions.nextSourceId("QLOGC"), company,
                                LocalDate.now(clock).minusDays(1)));
                        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long head = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
        assertThat(http.post("/api/v1/audit/tree-head", "", "X-Ledger-Await-Position", Long.toString(head))
                .status()).isEqualTo(200);
        appender.appendPending();
        assertThat(entries()).hasSize(3 + 60);

        long leaves = jdbc.sql("SELECT count(*) FROM audit_log_leaf").query(Long.class).single();
        long purged = jdbc.sql("SELECT coalesce(sum(deleted), 0) FROM access_log_purge").query(Long.class).single();
        long accessEntries = jdbc.sql("SELECT count(*) FROM access_log").query(Long.class).single();
        assertThat(leaves).isEqualTo(storedEvents() + accessEntries + purged);
        assertThat(jdbc.sql("SELECT coalesce(max(leaf_index) + 1, 0) FROM audit_log_leaf").query(Long.class)
                .single()).as("no holes").isEqualTo(leaves);
        JsonNode job = AuditChecks.verify(http);
        assertThat(job.get("consistent").asBoolean()).as(job.toString()).isTrue();
        assertThat(job.get("counts").get("missingFromLog").asLong()).isZero();
    }

    private List<Long> entries() {
        return jdbc.sql("SELECT entry_id FROM access_log WHERE subject_code = ? ORDER BY entry_id").param(company)
                .query(Long.class).list();
    }

    /** What an operator with the table's ownership would do: switch the trigger off for one statement. */
    private void operatorEdit(String sql, long entryId) {
        jdbc.sql("ALTER TABLE access_log DISABLE TRIGGER access_log_append_only").update();
        try {
            jdbc.sql(sql).param(entryId).update();
        } finally {
            jdbc.sql("ALTER TABLE access_log ENABLE TRIGGER access_log_append_only").update();
        }
    }

    private void assertNamed(JsonNode disagreement, String kind, long entryId) {
        assertThat(disagreement.get("kind").asString()).isEqualTo(kind);
        assertThat(disagreement.get("accessEntryId").asLong()).isEqualTo(entryId);
        assertThat(disagreement.has("globalIndex")).isFalse();
    }

    private void assertConsistent() throws InterruptedException {
        JsonNode job = AuditChecks.verify(http);
        assertThat(job.get("consistent").asBoolean()).as(job.toString()).isTrue();
    }
}
