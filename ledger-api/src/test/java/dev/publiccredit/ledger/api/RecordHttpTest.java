package dev.publiccredit.ledger.api;

import dev.publiccredit.ledger.api.record.LicenceRequest;
import dev.publiccredit.ledger.api.record.PenaltyRequest;
import dev.publiccredit.ledger.api.record.SubmissionMapper;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.core.record.command.RecordOutcome;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Submitting, reading, correcting and revoking records over real HTTP, on the real event store. */
class RecordHttpTest extends LedgerApplicationTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JsonMapper json;
    @Autowired
    private RequestMetadata requestMetadata;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void submitPenalty_isStored_andShowsInProfileAndDisclosureHistoryPromptly() {
        String subject = newCompanyCode();
        long before = storedEvents();
        HttpJson.Response created = http.post("/api/v1/penalties",
                Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("HD"), subject, TODAY.minusDays(2)),
                "X-Actor", "zhang.wei");

        assertThat(created.status()).isEqualTo(201);
        String recordId = created.json().get("recordId").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/records/" + recordId);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.header("X-Ledger-Position")).isEqualTo(jdbc.sql(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?").param(recordId)
                .query(Long.class).single().toString());
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(created.json().get("publicityWindow").get("latestEndOn").asString())
                .isEqualTo(TODAY.minusDays(2).plusYears(1).toString());

        JsonNode read = http.get(created.header("Location")).json();
        assertThat(read).isEqualTo(created.json());

        long started = System.nanoTime();
        JsonNode profile = null;
        while (System.nanoTime() - started < 3_000_000_000L) {
            HttpJson.Response response = http.get("/api/v1/subjects/" + subject + "/profile");
            if (response.status() == 200) {
                profile = response.json();
                break;
            }
        }
        assertThat(profile).as("profile visible within 3 s").isNotNull();
        assertThat(profile.get("penalties")).hasSize(1);
        assertThat(profile.get("penalties").get(0).get("status").asString()).isEqualTo("IN_PUBLICITY");
        assertThat(profile.get("subject").get("name").asString()).isEqualTo("北京示例科技有限公司");

        JsonNode history = http.get("/api/v1/records/" + recordId + "/disclosure-history").json();
        assertThat(history.get("publiclyVisible").asBoolean()).isTrue();
        assertThat(history.get("entries").get(0).get("change").asString()).isEqualTo("DISCLOSURE_STARTED");
    }

    @Test
    void profile_readsOwnWrite_withAwaitPosition_andNormalisesTheCodeInThePath() {
        String subject = newCompanyCode();
        HttpJson.Response created = http.post("/api/v1/penalties",
                Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("HD"), subject, TODAY));
        String typed = "  " + subject.toLowerCase().replace('1', '１') + "\u3000";

        HttpJson.Response profile = http.get("/api/v1/subjects/" + java.net.URLEncoder.encode(typed,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "/profile",
                "X-Ledger-Await-Position", created.header("X-Ledger-Position"));

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("subject").get("code").asString()).isEqualTo(subject);
    }

    @Test
    void duplicateSubmission_answers200WithTheExistingRecord_andStoresNothing() {
        Map<String, Object> penalty = Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("DUP"),
                newCompanyCode(), TODAY);
        HttpJson.Response first = http.post("/api/v1/penalties", penalty);
        long after = storedEvents();

        penalty.put("penaltyContent", "a different content under the same source record id");
        HttpJson.Response second = http.post("/api/v1/penalties", penalty);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("Location")).isNull();
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(storedEvents()).isEqualTo(after);
    }

    @Test
    void concurrentDuplicates_storeOneRecord() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int record = 0; record < 5; record++) { // several, so that some appends race in the database
                Map<String, Object> penalty = Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("RACE"),
                        newCompanyCode(), TODAY);
                long before = storedEvents();
                List<Callable<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    calls.add(() -> http.post("/api/v1/penalties", penalty).status());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(calls)) {
                    statuses.add(f.get());
                }
                assertThat(statuses).containsOnly(200, 201);
                assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
                assertThat(storedEvents()).isEqualTo(before + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewRecordsEvent_isTheEventTheAggregateStores() {
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        try {
            LocalDate decided = clock.today().minusDays(2);
            String subject = newCompanyCode();
            for (String kind : List.of("penalties", "licences")) {
                boolean penalty = kind.equals("penalties");
                String posted = Submissions.nextSourceId("API");
                String sent = Submissions.nextSourceId("AGGREGATE");
                HttpJson.Response answer = http.post("/api/v1/" + kind, penalty
                        ? Submissions.penalty("SAMR-HAIDIAN", posted, subject, decided)
                        : Submissions.licence("SAMR-HAIDIAN", posted, subject, decided), "X-Actor", "li.na");
                assertThat(answer.status()).isEqualTo(201);
                Object command = penalty
                        ? SubmissionMapper.penalty(json.convertValue(Submissions.penalty("SAMR-HAIDIAN", sent,
                        subject, decided), PenaltyRequest.class), clock.instant(), clock.today())
                        : SubmissionMapper.licence(json.convertValue(Submissions.licence("SAMR-HAIDIAN", sent,
                        subject, decided), LicenceRequest.class), clock.instant(), clock.today());
                RecordOutcome outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(Map.of("requestId", "req-aggregate", "actor", "li.na", "actorType", "USER",
                                "clientId", "dept-SAMR-HAIDIAN", "role", "DEPARTMENT", "department", "SAMR-HAIDIAN",
                                "reason", "submission", "ruleSet", requestMetadata.ruleSet())));
                assertThat(outcome.duplicate()).isFalse();

                Map<String, Object> direct = storedRow(answer.json().get("recordId").asString());
                Map<String, Object> aggregate = storedRow(outcome.recordId().toString());
                for (String column : List.of("type", "payload_type", "payload_revision", "sequence_number",
                        "time_stamp")) {
                    assertThat(direct.get(column)).as(kind + " " + column).isEqualTo(aggregate.get(column));
                }
                ObjectNode directPayload = (ObjectNode) json.readTree((String) direct.get("payload"));
                ObjectNode aggregatePayload = (ObjectNode) json.readTree((String) aggregate.get("payload"));
                for (ObjectNode payload : List.of(directPayload, aggregatePayload)) {
                    payload.remove("recordId");
                    ((ObjectNode) payload.get("source")).remove("sourceRecordId");
                }
                assertThat(directPayload).as(kind).isEqualTo(aggregatePayload);
                ObjectNode directMeta = (ObjectNode) json.readTree((String) direct.get("meta_data"));
                ObjectNode aggregateMeta = (ObjectNode) json.readTree((String) aggregate.get("meta_data"));
                assertThat(directMeta.propertyNames()).as(kind)
                        .containsExactlyInAnyOrderElementsOf(aggregateMeta.propertyNames());
                assertThat(directMeta.get("correlationId")).isEqualTo(directMeta.get("traceId"));
                for (ObjectNode meta : List.of(directMeta, aggregateMeta)) {
                    meta.remove(List.of("requestId", "correlationId", "traceId"));
                }
                assertThat(directMeta).as(kind).isEqualTo(aggregateMeta);
            }
        } finally {
            clock.reset();
        }
    }

    private Map<String, Object> storedRow(String aggregateId) {
        return jdbc.sql("""
                        SELECT type, payload_type, payload_revision, sequence_number, time_stamp,
                               convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta_data
                        FROM domain_event_entry WHERE aggregate_identifier = ?""")
                .param(aggregateId).query().singleRow();
    }

    @Test
    void licence_isStored_withAnOpenEndedWindow_andShowsUnderLicences() {
        String subject = newCompanyCode();
        HttpJson.Response created = http.post("/api/v1/licences",
                Submissions.licence("SAMR-HAIDIAN", Submissions.nextSourceId("LIC"), subject, TODAY.minusDays(1)));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("category").asString()).isEqualTo("LICENCE");
        assertThat(created.json().get("publicityWindow").get("latestEndOn").isNull()).isTrue();
        JsonNode profile = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", created.header("X-Ledger-Position")).json();
        assertThat(profile.get("licences")).hasSize(1);
        assertThat(profile.get("penalties")).isEmpty();
    }

    @Test
    void correction_changesFields_keepsOldValues_andHonoursIfMatch() {
        String subject = newCompanyCode();
        HttpJson.Response created = http.post("/api/v1/penalties",
                Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("COR"), subject, TODAY.minusDays(3)));
        String record = "/api/v1/records/" + created.json().get("recordId").asString();

        HttpJson.Response stale = http.post(record + "/corrections",
                map("changes", map("fineAmount", 2.5), "reason", "wrong amount"), "If-Match", "\"7\"");
        assertThat(stale.status()).isEqualTo(412);

        HttpJson.Response corrected = http.post(record + "/corrections",
                map("changes", map("fineAmount", 2.5, "penaltyContent", "警告，罚款2.5万元", "subject.name", "北京示例新名称有限公司"),
                        "reason", "clerical error in the amount"), "If-Match", "\"0\"");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("fineAmount").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(corrected.json().get("corrections").asInt()).isEqualTo(1);
        assertThat(corrected.header("ETag")).isEqualTo("\"1\"");

        HttpJson.Response again = http.post(record + "/corrections",
                map("changes", map("fineAmount", "2.50"), "reason", "same again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("CORRECTION_CHANGES_NOTHING");

        HttpJson.Response wrongField = http.post(record + "/corrections",
                map("changes", map("licenceContent", "x"), "reason", "not a penalty field"));
        assertThat(wrongField.status()).isEqualTo(400);
        assertThat(wrongField.json().get("errors").get(0).get("field").asString()).isEqualTo("changes.licenceContent");

        JsonNode events = http.get("/api/v1/subjects/" + subject + "/events").json().get("events");
        JsonNode correction = events.get(1);
        assertThat(correction.get("type").asString()).isEqualTo("RecordCorrected");
        assertThat(correction.get("payload").get("changes").toString())
                .contains("\"oldValue\":\"1.5\"", "\"newValue\":\"2.5\"");
        assertThat(correction.get("metadata").get("reason").asString()).isEqualTo("clerical error in the amount");

        JsonNode profile = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", corrected.header("X-Ledger-Position")).json();
        assertThat(profile.get("subject").get("name").asString()).isEqualTo("北京示例新名称有限公司");
        assertThat(profile.get("penalties").get(0).get("summary").asString()).isEqualTo("警告，罚款2.5万元");
    }

    @Test
    void revocation_endsDisclosure_andRefusesAnyFurtherChange() {
        String subject = newCompanyCode();
        HttpJson.Response created = http.post("/api/v1/penalties",
                Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("REV"), subject, TODAY.minusDays(3)));
        String record = "/api/v1/records/" + created.json().get("recordId").asString();

        HttpJson.Response revoked = http.post(record + "/revocation", map("revokingDocumentNumber",
                "京海市监撤〔2026〕3号", "revokedOn", TODAY.toString(), "reason", "decision revoked on review"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.json().get("revocation").get("withdrawalDeadline").asString()).isNotBlank();

        HttpJson.Response correction = http.post(record + "/corrections",
                map("changes", map("fineAmount", 3), "reason", "too late"));
        assertThat(correction.status()).isEqualTo(409);
        assertThat(correction.json().get("code").asString()).isEqualTo("RECORD_REVOKED");
        HttpJson.Response twice = http.post(record + "/revocation", map("revokingDocumentNumber", "x",
                "revokedOn", TODAY.toString(), "reason", "again"));
        assertThat(twice.status()).isEqualTo(409);

        JsonNode profile = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", revoked.header("X-Ledger-Position")).json();
        assertThat(profile.get("penalties").get(0).get("status").asString()).isEqualTo("REVOKED");
        JsonNode history = http.get(record + "/disclosure-history").json();
        assertThat(history.get("publiclyVisible").asBoolean()).isFalse();
        JsonNode last = history.get("entries").get(history.get("entries").size() - 1);
        assertThat(last.get("change").asString()).isEqualTo("DISCLOSURE_ENDED");
        assertThat(last.get("reason").asString()).contains("京海市监撤〔2026〕3号");
    }

    @Test
    void subjectEvents_listEveryEventInOrder_withItsMetadata() {
        String subject = newCompanyCode();
        http.post("/api/v1/penalties", Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("EV"), subject,
                TODAY.minusDays(1)), "X-Actor", "li.na", "X-Request-Id", "req-42");
        http.post("/api/v1/licences", Submissions.licence("SAMR-CHAOYANG", Submissions.nextSourceId("EV"), subject,
                TODAY.minusDays(1)));

        JsonNode events = http.get("/api/v1/subjects/" + subject + "/events").json().get("events");

        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("globalIndex").asLong()).isLessThan(events.get(1).get("globalIndex").asLong());
        assertThat(events.get(0).get("type").asString()).isEqualTo("PenaltyRecorded");
        assertThat(events.get(1).get("type").asString()).isEqualTo("LicenceRecorded");
        JsonNode metadata = events.get(0).get("metadata");
        assertThat(metadata.get("actor").asString()).isEqualTo("li.na");
        assertThat(metadata.get("requestId").asString()).isEqualTo("req-42");
        assertThat(metadata.get("department").asString()).isEqualTo("SAMR-HAIDIAN");
        assertThat(metadata.get("actorType").asString()).isEqualTo("USER");
        assertThat(metadata.get("clientId").asString()).isEqualTo("dept-SAMR-HAIDIAN");
        assertThat(metadata.get("role").asString()).isEqualTo("DEPARTMENT");
        assertThat(metadata.get("reason").asString()).isEqualTo("submission");
        assertThat(metadata.get("ruleSet").asString())
                .startsWith("publicity=cn-credit-publicity-2025.1;objection=cn-objection-zj31-2026.1;")
                .contains(";calendar=");
        JsonNode second = events.get(1).get("metadata");
        assertThat(second.get("department").asString()).isEqualTo("SAMR-CHAOYANG");
        assertThat(second.get("actor").asString()).isEqualTo("dept-SAMR-CHAOYANG");
        assertThat(second.get("actorType").asString()).isEqualTo("CLIENT");
        assertThat(events.get(0).get("payload").get("subject").get("code").asString()).isEqualTo(subject);
    }

    @Test
    void departmentStatistics_countOnTimeAndLateByCategory() {
        String department = "TAX-" + System.nanoTime();
        HttpJson.Response onTime = http.post("/api/v1/penalties",
                Submissions.penalty(department, Submissions.nextSourceId("ST"), newCompanyCode(), TODAY));
        http.post("/api/v1/penalties",
                Submissions.penalty(department, Submissions.nextSourceId("ST"), newCompanyCode(), TODAY.minusDays(60)));
        HttpJson.Response last = http.post("/api/v1/licences",
                Submissions.licence(department, Submissions.nextSourceId("ST"), newCompanyCode(), TODAY));
        assertThat(onTime.status()).isEqualTo(201);

        JsonNode statistics = http.get("/api/v1/departments/" + department.toLowerCase() + "/statistics",
                "X-Ledger-Await-Position", last.header("X-Ledger-Position")).json();

        JsonNode penalties = statistics.get("categories").get(1);
        assertThat(penalties.get("category").asString()).isEqualTo("PENALTY");
        assertThat(penalties.get("records").asLong()).isEqualTo(2);
        assertThat(penalties.get("onTime").asLong()).isEqualTo(1);
        assertThat(penalties.get("late").asLong()).isEqualTo(1);
        assertThat(statistics.get("total").get("records").asLong()).isEqualTo(3);
    }

    @Test
    void openApiDescription_listsTheContractPaths() {
        HttpJson.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/penalties", "/api/v1/licences",
                "/api/v1/records/{recordId}", "/api/v1/records/{recordId}/corrections",
                "/api/v1/records/{recordId}/revocation", "/api/v1/subjects/{subjectCode}/profile",
                "/api/v1/records/{recordId}/disclosure-history", "/api/v1/subjects/{subjectCode}/events",
                "/api/v1/departments/{departmentCode}/statistics");
    }
}
