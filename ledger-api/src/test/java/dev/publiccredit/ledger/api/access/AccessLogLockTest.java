package dev.publiccredit.ledger.api.access;

import dev.publiccredit.ledger.api.audit.AccessLeafAppender;
import dev.publiccredit.ledger.api.audit.AuditLog;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query log's one statement keeps the entry lock's order (ADR 0014): a read's entry takes the shared
 * {@link AuditLog#ENTRY_LOCK} before it takes an entry id, so while the leaf appender holds the lock exclusively a
 * read waits, unanswered, with no id taken and no entry written; once the lock is released it is answered with its
 * entry. Reads that come while a statement waits share the next one (group commit, {@link AccessEntryWriter}). The
 * appender holds the lock only while it reads the horizon of committed entries, not while it appends their leaves.
 */
class AccessLogLockTest extends LedgerApplicationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    AccessEntryWriter writer;

    @Autowired
    AccessLeafAppender appender;

    @Test
    void anAppenderWaitingInTheMiddleOfItsRun_doesNotHoldUpReads_andTheEntriesAfterItsHorizonGetLeavesNextRun()
            throws Exception {
        String company = newCompanyCode();
        String position = projectedWithOneEntry(company);
        long before = lastEntryOf(company);

        CompletableFuture<Integer> run;
        HttpJson.Response answered;
        try (Connection tree = dataSource.getConnection()) {
            tree.setAutoCommit(false);
            try (Statement statement = tree.createStatement()) {
                // the appender takes its horizon, then waits for the tree lock held here
                statement.execute("SELECT pg_advisory_xact_lock(" + AuditLog.TREE_LOCK + ")");
                run = CompletableFuture.supplyAsync(appender::appendPending);
                waitForAWaiter(statement, "ExclusiveLock", AuditLog.TREE_LOCK);
                answered = CompletableFuture.supplyAsync(() -> profile(company, position))
                        .get(20, TimeUnit.SECONDS);
                assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);
                assertThat(run).as("the appender still waits for the tree lock").isNotDone();
            }
            tree.commit();
        }
        run.get(30, TimeUnit.SECONDS);
        long after = lastEntryOf(company);
        assertThat(after).isGreaterThan(before);
        assertThat(leafIndexOf(before)).isPresent();
        appender.appendPending();
        assertThat(leafIndexOf(after)).as("leaves in entry-id order").isPresent()
                .hasValueSatisfying(leaf -> assertThat(leaf).isGreaterThan(leafIndexOf(before).orElseThrow()));
    }

    @Test
    void aRead_waitsForTheEntryLock_beforeItsEntryTakesAnId_andIsAnsweredOnlyWithItsEntry() throws Exception {
        String company = newCompanyCode();
        String position = projectedWithOneEntry(company);

        CompletableFuture<HttpJson.Response> read;
        long idsBefore;
        try (Connection appender = dataSource.getConnection()) {
            appender.setAutoCommit(false);
            try (Statement statement = appender.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + AuditLog.ENTRY_LOCK + ")");
                idsBefore = lastEntryId(statement);
                read = CompletableFuture.supplyAsync(() -> profile(company, position));
                waitForAWaitingEntryWriter(statement);
                assertThat(read).isNotDone();
                assertThat(lastEntryId(statement)).isEqualTo(idsBefore);
                assertThat(entries(company)).isEqualTo(1);
            }
            appender.commit();
        }
        HttpJson.Response answered = read.get(30, TimeUnit.SECONDS);
        assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);
        assertThat(entries(company)).isEqualTo(2);
        assertThat(lastEntryOf(company)).isGreaterThan(idsBefore);
    }

    @Test
    void readsThatArriveWhileAStatementWaits_shareTheNextStatement_andEachIsAnsweredOnlyOnceItsEntryIsCommitted()
            throws Exception {
        String company = newCompanyCode();
        String position = projectedWithOneEntry(company);

        CompletableFuture<HttpJson.Response> first;
        List<CompletableFuture<HttpJson.Response>> queued = new ArrayList<>();
        long statementsBefore;
        try (Connection appender = dataSource.getConnection()) {
            appender.setAutoCommit(false);
            try (Statement statement = appender.createStatement()) {
                statement.execute("SELECT pg_advisory_xact_lock(" + AuditLog.ENTRY_LOCK + ")");
                statementsBefore = writer.statements();
                first = CompletableFuture.supplyAsync(() -> profile(company, position));
                waitForAWaitingEntryWriter(statement);
                for (int i = 0; i < 5; i++) {
                    queued.add(CompletableFuture.supplyAsync(() -> profile(company, position)));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (writer.queued() < 5 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(writer.queued()).as("reads queued behind the waiting statement").isEqualTo(5);
                assertThat(first).isNotDone();
                assertThat(queued).noneMatch(CompletableFuture::isDone);
                assertThat(entries(company)).isEqualTo(1);
            }
            appender.commit();
        }
        assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        for (CompletableFuture<HttpJson.Response> read : queued) {
            assertThat(read.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        assertThat(entries(company)).isEqualTo(7);
        assertThat(writer.statements() - statementsBefore).as("the waiting statement, then one for the five")
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(DISTINCT request_id) FROM access_log WHERE subject_code = ?")
                .param(company).query(Long.class).single()).isEqualTo(7);
    }

    /** A penalty of the company, projected; its profile read once (one entry). Answers the write's position. */
    private String projectedWithOneEntry(String company) {
        HttpJson.Response created = http.post("/api/v1/penalties", Submissions.penalty("SAMR-HAIDIAN",
                Submissions.nextSourceId("QLOCK"), company, LocalDate.now(clock).minusDays(2)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String position = created.header("X-Ledger-Position");
        assertThat(profile(company, position).status()).isEqualTo(200);
        return position;
    }

    private HttpJson.Response profile(String company, String position) {
        return http.as("auditor").get("/api/v1/subjects/" + company + "/profile",
                "X-Ledger-Await-Position", position);
    }

    private long entries(String company) {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE subject_code = ?").param(company)
                .query(Long.class).single();
    }

    /** The last id the entry sequence handed out (by any session), read without taking one. */
    private static long lastEntryId(Statement statement) throws Exception {
        try (ResultSet rs = statement.executeQuery("SELECT last_value FROM access_log_entry_id_seq")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long lastEntryOf(String company) {
        return jdbc.sql("SELECT max(entry_id) FROM access_log WHERE subject_code = ?").param(company)
                .query(Long.class).single();
    }

    private Optional<Long> leafIndexOf(long entryId) {
        return jdbc.sql("SELECT leaf_index FROM audit_log_leaf WHERE access_entry_id = ?").param(entryId)
                .query(Long.class).optional();
    }

    /** Waits until a session waits for the shared entry lock. */
    private static void waitForAWaitingEntryWriter(Statement statement) throws Exception {
        waitForAWaiter(statement, "ShareLock", AuditLog.ENTRY_LOCK);
    }

    /** Waits until a session waits for the advisory lock {@code key} in {@code mode}. */
    private static void waitForAWaiter(Statement statement, String mode, long key) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                    + "AND mode = '" + mode + "' AND NOT granted AND objsubid = 1 "
                    + "AND ((classid::bigint << 32) | objid::bigint) = " + key)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no session waited for the advisory lock " + key + " (" + mode + ")");
    }
}
