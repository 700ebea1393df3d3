package dev.publiccredit.ledger.api.access;

import dev.publiccredit.ledger.api.audit.AccessLeafAppender;
import dev.publiccredit.ledger.api.support.AuditChecks;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Rfc9162;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.publiccredit.ledger.api.support.AuditChecks.hash;
import static dev.publiccredit.ledger.api.support.AuditChecks.hashes;
import static dev.publiccredit.ledger.api.support.Problems.assertProblem;
import static dev.publiccredit.ledger.api.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

/** The query log over HTTP: which reads leave an entry, what it says, the subject's access log, its leaves. */
class AccessLogHttpTest extends LedgerApplicationTest {

    @Autowired
    AccessLeafAppender appender;

    private String company;
    private String recordId;
    private String position;

    @BeforeEach
    void aPenaltyOfSamr() {
        company = newCompanyCode();
        HttpJson.Response created = http.post("/api/v1/penalties", Submissions.penalty("SAMR-HAIDIAN",
                Submissions.nextSourceId("QLOG"), company, LocalDate.now(clock).minusDays(2)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        recordId = created.json().get("recordId").asString();
        position = created.header("X-Ledger-Position");
    }

    @Test
    void aDepartmentRead_leavesOneEntry_withWhoWhenWhatAndWhy() {
        Instant before = clock.instant();
        HttpJson.Response read = http.as("samr-haidian").get("/api/v1/records/" + recordId,
                "X-Actor", "zhang.san", "X-Access-Purpose", encoded("行政许可审查 (case 2026-17)"));
        assertThat(read.status()).as(read.raw().body()).isEqualTo(200);

        List<Map<String, Object>> entries = entries(company);
        assertThat(entries).hasSize(1);
        Map<String, Object> entry = entries.get(0);
        assertThat(entry).containsEntry("client_id", "samr-haidian").containsEntry("actor", "zhang.san")
                .containsEntry("role", "DEPARTMENT").containsEntry("department", "SAMR-HAIDIAN")
                .containsEntry("subject_code", company).containsEntry("view", "RECORD")
                .containsEntry("resource", recordId).containsEntry("purpose", "行政许可审查 (case 2026-17)")
                .containsEntry("authorisation_id", null);
        assertThat(entry.get("request_id")).isEqualTo(read.header("X-Request-Id"));
        assertThat(((java.sql.Timestamp) entry.get("accessed_at")).toInstant())
                .isBetween(before.minusMillis(1), clock.instant().plusMillis(1));
    }

    @Test
    void anAuditorsAsOfRead_andAnEventHistoryRead_leaveOneEntryEach() {
        String asOf = clock.instant().toString();
        assertThat(http.get("/api/v1/subjects/" + company + "/profile?asOf=" + asOf, "X-Ledger-Await-Position",
                position).status()).isEqualTo(200);
        assertThat(entries(company)).extracting(e -> e.get("view")).containsExactly("PROFILE_AS_OF");
        assertThat(entries(company).get(0)).containsEntry("client_id", "auditor").containsEntry("role", "AUDITOR")
                .containsEntry("actor", "auditor").containsEntry("department", null).containsEntry("purpose", null);

        assertThat(http.get("/api/v1/subjects/" + company + "/events", "X-Access-Purpose", encoded("年度审计"))
                .status()).isEqualTo(200);
        assertThat(entries(company)).extracting(e -> e.get("view"))
                .containsExactly("PROFILE_AS_OF", "EVENT_HISTORY");
        assertThat(entries(company).get(1)).containsEntry("purpose", "年度审计");
    }

    @Test
    void everyNonPublicRead_isLoggedOnce_withItsView() {
        http.get("/api/v1/subjects/" + company + "/profile", "X-Ledger-Await-Position", position);
        http.get("/api/v1/subjects/" + company + "/profile?validOn=" + LocalDate.now(clock));
        http.get("/api/v1/subjects/" + company + "/measures");
        http.get("/api/v1/records/" + recordId + "/disclosure-history");
        http.get("/api/v1/records/" + recordId + "/repair-notice");
        http.get("/api/v1/public/subjects/" + company + "?asOf=" + clock.instant());
        assertThat(entries(company)).extracting(e -> e.get("view")).containsExactly("PROFILE", "PROFILE_VALID_ON",
                "MEASURES", "DISCLOSURE_HISTORY", "REPAIR_NOTICE", "PUBLIC_VIEW_AS_OF");
    }

    @Test
    void thePublicView_aNotFoundRead_andABadPurpose_leaveNone() {
        assertThat(http.as("public-portal").get("/api/v1/public/subjects/" + company, "X-Ledger-Await-Position",
                position).status()).isIn(200, 404);
        assertThat(http.as("auditor").get("/api/v1/public/subjects/" + company).status()).isIn(200, 404);
        assertThat(http.get("/api/v1/subjects/" + newCompanyCode() + "/profile").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/records/" + recordId.substring(0, recordId.length() - 4) + "0000").status())
                .isIn(400, 404);
        assertThat(errorFields(http.get("/api/v1/records/" + recordId, "X-Access-Purpose", "x".repeat(201))))
                .containsExactly("X-Access-Purpose");
        assertThat(errorFields(http.get("/api/v1/subjects/" + company + "/events", "X-Access-Purpose",
                encoded("审计\u0007")))).containsExactly("X-Access-Purpose");
        assertThat(errorFields(http.get("/api/v1/records/" + recordId, "X-Access-Purpose", "50% off")))
                .containsExactly("X-Access-Purpose");
        assertThat(http.as("tax-haidian").get("/api/v1/subjects/" + company + "/events").status()).isEqualTo(403);
        assertThat(entries(company)).isEmpty();
    }

    @Test
    void theAccessLog_showsTheReads_newestFirst_forAuditors_andIsItselfLogged() {
        http.as("samr-haidian").get("/api/v1/records/" + recordId, "X-Access-Purpose", encoded("核查"));
        http.get("/api/v1/subjects/" + company + "/events");

        HttpJson.Response answer = http.as("auditor").get("/api/v1/subjects/" + company + "/access-log");
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        JsonNode page = answer.json();
        assertThat(page.get("subjectCode").asString()).isEqualTo(company);
        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode newest = page.get("entries").get(0);
        assertThat(newest.get("view").asString()).isEqualTo("EVENT_HISTORY");
        JsonNode oldest = page.get("entries").get(1);
        assertThat(oldest.get("view").asString()).isEqualTo("RECORD");
        assertThat(oldest.get("clientId").asString()).isEqualTo("samr-haidian");
        assertThat(oldest.get("department").asString()).isEqualTo("SAMR-HAIDIAN");
        assertThat(oldest.get("resource").asString()).isEqualTo(recordId);
        assertThat(oldest.get("purpose").asString()).isEqualTo("核查");
        assertThat(oldest.get("entryId").asLong()).isLessThan(newest.get("entryId").asLong());

        JsonNode second = http.get("/api/v1/subjects/" + company + "/access-log?page=1&size=1").json();
        assertThat(second.get("total").asLong()).as("the first read of the log is logged").isEqualTo(3);
        assertThat(second.get("entries")).hasSize(1);
        assertThat(second.get("entries").get(0).get("view").asString()).isEqualTo("EVENT_HISTORY");
        assertThat(entries(company)).extracting(e -> e.get("view"))
                .containsExactly("RECORD", "EVENT_HISTORY", "ACCESS_LOG", "ACCESS_LOG");
    }

    @Test
    void aDepartmentWithoutTheSubjectsAuthorisation_isRefused_andNothingIsLogged() {
        assertProblem(http.as("samr-haidian").get("/api/v1/subjects/" + company + "/access-log"), 403,
                "ACCESS_REFUSED");
        assertThat(http.as("credit-office").get("/api/v1/subjects/" + company + "/access-log").status())
                .isEqualTo(403);
        assertThat(http.as("public-portal").get("/api/v1/subjects/" + company + "/access-log").status())
                .isEqualTo(403);
        assertThat(entries(company)).isEmpty();
        assertThat(errorFields(http.get("/api/v1/subjects/" + company + "/access-log?size=0")))
                .containsExactly("size");
        assertThat(errorFields(http.get("/api/v1/subjects/" + company + "/access-log?page=x")))
                .containsExactly("page");
        assertThat(errorFields(http.get("/api/v1/subjects/not-a-code/access-log"))).containsExactly("subjectCode");
    }

    @Test
    void anEntrysLeaf_isProvenAgainstASignedTreeHead_byAnIndependentVerifier() throws Exception {
        http.as("samr-haidian").get("/api/v1/records/" + recordId, "X-Access-Purpose", encoded("核查"));
        long entryId = (Long) entries(company).get(0).get("entry_id");
        appender.appendPending();
        JsonNode head = http.post("/api/v1/audit/tree-head", "").json();
        JsonNode keys = http.get("/api/v1/audit/public-key").json();
        assertThat(AuditChecks.signatureValid(head, keys.get("publicKey").asString())).isTrue();

        HttpJson.Response answer = http.get("/api/v1/audit/proofs/inclusion?accessEntryId=" + entryId
                + "&treeSize=" + head.get("treeSize").asLong());
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        JsonNode proof = answer.json();
        assertThat(proof.get("accessEntryId").asLong()).isEqualTo(entryId);
        assertThat(proof.has("eventId")).isFalse();
        assertThat(Rfc9162.verifyInclusion(proof.get("leafIndex").asLong(), head.get("treeSize").asLong(),
                hashes(proof.get("auditPath")), hash(proof, "leafHash"), hash(head, "rootHash"))).isTrue();
        byte[] leafData = Base64.getDecoder().decode(proof.get("leafData").asString());
        assertThat(Rfc9162.leafHash(leafData)).isEqualTo(hash(proof, "leafHash"));
        assertThat(new String(leafData, StandardCharsets.UTF_8))
                .contains("credit-ledger/access-leaf/v1", company, recordId, "samr-haidian", "核查");

        assertThat(errorFields(http.get("/api/v1/audit/proofs/inclusion?accessEntryId=x")))
                .containsExactly("accessEntryId");
        assertThat(errorFields(http.get("/api/v1/audit/proofs/inclusion?accessEntryId=1&eventId=e")))
                .containsExactly("accessEntryId");
        assertThat(http.get("/api/v1/audit/proofs/inclusion?accessEntryId=" + Integer.MAX_VALUE).status())
                .isEqualTo(404);

        JsonNode job = AuditChecks.verify(http);
        assertThat(job.get("consistent").asBoolean()).as(job.toString()).isTrue();
        assertThat(job.get("checkedAccessEntries").asLong()).isEqualTo(job.get("totalAccessEntries").asLong())
                .isGreaterThanOrEqualTo(1);
    }

    /** Percent-encoded UTF-8, as docs/api.md asks for the purpose header. */
    static String encoded(String purpose) {
        StringBuilder out = new StringBuilder();
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            out.append(String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }

    private List<Map<String, Object>> entries(String subject) {
        return jdbc.sql("SELECT * FROM access_log WHERE subject_code = ? ORDER BY entry_id").param(subject)
                .query().listOfRows();
    }
}
