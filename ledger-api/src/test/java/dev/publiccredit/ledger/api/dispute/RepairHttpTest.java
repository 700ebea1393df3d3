package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.api.support.Disputes;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static dev.publiccredit.ledger.api.support.Problems.assertProblem;
import static dev.publiccredit.ledger.api.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credit repair over real HTTP. The clock stands on Thursday 2026-02-12. A GENERAL penalty decided on 2025-06-10 has
 * run its minimum period (3 months, to 2025-09-10) and is disclosed until 2026-06-10: repair is allowed. Applied on
 * 2/12, acceptance is due 3 working days later on 2/24 (2/13, 2/14 make-up Saturday, then 2/24 after the Spring
 * Festival, 2/15-2/23).
 */
class RepairHttpTest extends LedgerApplicationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 12);
    private static final LocalDate REPAIRABLE = LocalDate.of(2025, 6, 10);

    private String department;
    private String subject;

    @BeforeEach
    void standOnTheApplicationDay() {
        clock.setDate(TODAY);
        department = "SAMR-REP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        subject = newCompanyCode();
    }

    private String penalty(LocalDate decided, Map<String, Object> changes) {
        Map<String, Object> penalty = Submissions.penalty(department, Submissions.nextSourceId("REP"), subject,
                decided);
        penalty.putAll(changes);
        HttpJson.Response created = http.post("/api/v1/penalties", penalty);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("recordId").asString();
    }

    private String penalty() {
        return penalty(REPAIRABLE, Map.of());
    }

    private HttpJson.Response apply(String recordId, Map<String, Object> body) {
        return http.post("/api/v1/records/" + recordId + "/repair-applications", body);
    }

    private String applied(String recordId, Map<String, Object> body) {
        HttpJson.Response applied = apply(recordId, body);
        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(201);
        return "/api/v1/repair-applications/" + applied.json().get("caseId").asString();
    }

    private String accepted(String recordId, Map<String, Object> body) {
        String application = applied(recordId, body);
        HttpJson.Response accepted = http.post(application + "/acceptance", map("accepted", true));
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        return application;
    }

    private JsonNode profileRecord(HttpJson.Response after) {
        return http.get("/api/v1/subjects/" + subject + "/profile", "X-Ledger-Await-Position",
                after.header("X-Ledger-Position")).json().get("penalties").get(0);
    }

    @Test
    void repairNotice_ofAPenalty_saysFromWhenWhatAndWhoDecides() {
        String recordId = penalty();

        HttpJson.Response notice = http.get("/api/v1/records/" + recordId + "/repair-notice");

        assertThat(notice.status()).as(notice.raw().body()).isEqualTo(200);
        JsonNode body = notice.json();
        assertThat(body.get("recordId").asString()).isEqualTo(recordId);
        assertThat(body.get("issuedOn").asString()).isEqualTo("2026-02-12");
        assertThat(body.get("subject").get("code").asString()).isEqualTo(subject);
        assertThat(body.get("penalty").get("decisionDate").asString()).isEqualTo("2025-06-10");
        assertThat(body.get("penalty").get("violationType").asString()).isEqualTo("虚假宣传");
        assertThat(body.get("earliestRepairOn").asString()).isEqualTo("2025-09-10");
        assertThat(body.get("latestEndOn").asString()).isEqualTo("2026-06-10");
        assertThat(body.get("repairable").asBoolean()).isTrue();
        assertThat(body.get("applications").get(0).get("kind").asString()).isEqualTo("STANDARD");
        assertThat(body.get("applications").get(0).get("materialsRequired").valueStream().map(JsonNode::asString)
                .toList()).containsExactly("OBLIGATION_FULFILMENT_PROOF", "CREDIT_COMMITMENT");
        assertThat(body.get("applications").get(1).get("materialsRequired").valueStream().map(JsonNode::asString)
                .toList()).containsExactly("CREDIT_COMMITMENT", "COURT_RULING");
        assertThat(body.get("decidingDepartment").get("code").asString()).isEqualTo(department);
        assertThat(body.get("channel").asString()).contains("信用中国");
        assertThat(body.get("deadlines").get("acceptanceWorkingDays").asInt()).isEqualTo(3);
        assertThat(body.get("deadlines").get("decisionWorkingDays").asInt()).isEqualTo(10);
        assertThat(body.get("ruleSets").get("publicity").asString()).isEqualTo("cn-credit-publicity-2025.1");
        assertThat(body.get("ruleSets").get("repair").asString()).isEqualTo("cn-credit-repair-22-2026.1");
    }

    @Test
    void repairNotice_ofAMinorOrNonRepairablePenalty_andWhereThereIsNone() {
        JsonNode minor = http.get("/api/v1/records/" + penalty(LocalDate.of(2026, 2, 2),
                Map.of("severity", "MINOR")) + "/repair-notice").json();
        assertThat(minor.get("earliestRepairOn").asString()).as("no minimum period").isEqualTo("2026-02-02");
        assertThat(minor.get("conditions").get(0).asString()).contains("obligations");
        JsonNode barred = http.get("/api/v1/records/" + penalty(REPAIRABLE, Map.of("violationType", "非法集资"))
                + "/repair-notice").json();
        assertThat(barred.get("repairable").asBoolean()).isFalse();

        HttpJson.Response licence = http.post("/api/v1/licences", Submissions.licence(department,
                Submissions.nextSourceId("LIC"), subject, TODAY));
        assertProblem(http.get("/api/v1/records/" + licence.json().get("recordId").asString() + "/repair-notice"),
                409, "REPAIR_NOT_APPLICABLE");
        String revoked = penalty();
        http.post("/api/v1/records/" + revoked + "/revocation", map("revokingDocumentNumber", "京海市监撤〔2026〕9号",
                "revokedOn", "2026-02-12", "reason", "撤销"));
        assertProblem(http.get("/api/v1/records/" + revoked + "/repair-notice"), 409, "RECORD_REVOKED");
        String deleted = penalty();
        String objection = http.post("/api/v1/records/" + deleted + "/objections",
                Disputes.objection("处罚对象错误")).json().get("caseId").asString();
        assertThat(http.post("/api/v1/objections/" + objection + "/decision", Disputes.decision("DELETE")).status())
                .isEqualTo(200);
        assertProblem(http.get("/api/v1/records/" + deleted + "/repair-notice"), 409, "RECORD_DELETED");
        JsonNode deletedRecord = http.get("/api/v1/records/" + deleted).json();
        assertThat(deletedRecord.get("status").asString()).isEqualTo("DELETED");
        assertThat(deletedRecord.get("disclosureEnded").get("reason").asString())
                .isEqualTo("DELETED_AFTER_OBJECTION");
        assertThat(http.get("/api/v1/records/" + UUID.randomUUID() + "/repair-notice").status()).isEqualTo(404);
        assertThat(errorFields(http.get("/api/v1/records/x/repair-notice"))).containsExactly("recordId");
    }

    @Test
    void apply_answers201WithTheApplication_dueForAcceptanceIn3WorkingDays() {
        String recordId = penalty();
        long before = storedEvents();

        HttpJson.Response applied = apply(recordId, Disputes.standardRepair());

        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(201);
        JsonNode view = applied.json();
        assertThat(applied.header("Location")).isEqualTo("/api/v1/repair-applications/"
                + view.get("caseId").asString());
        assertThat(applied.header("X-Ledger-Position")).isNotNull();
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(view.get("type").asString()).isEqualTo("REPAIR");
        assertThat(view.get("status").asString()).isEqualTo("APPLIED");
        assertThat(view.get("kind").asString()).isEqualTo("STANDARD");
        assertThat(view.get("applicant").asString()).isEqualTo("北京示例科技有限公司");
        assertThat(view.get("materials")).hasSize(2);
        assertThat(view.get("earliestRepairOn").asString()).isEqualTo("2025-09-10");
        assertThat(view.get("due").asString()).isEqualTo("ACCEPTANCE");
        assertThat(view.get("dueOn").asString()).isEqualTo("2026-02-24");
        assertThat(http.get(applied.header("Location")).json()).isEqualTo(view);
    }

    @Test
    void sameApplicationAgain_answers200WithThePendingOne_anotherIsRefused() {
        String recordId = penalty();
        String application = applied(recordId, Disputes.standardRepair());
        long before = storedEvents();

        HttpJson.Response again = apply(recordId, Disputes.standardRepair());
        assertThat(again.status()).as(again.raw().body()).isEqualTo(200);
        assertThat(again.header("Location")).isNull();
        assertThat("/api/v1/repair-applications/" + again.json().get("caseId").asString()).isEqualTo(application);

        HttpJson.Response other = apply(recordId, Disputes.reorganisationRepair());
        assertProblem(other, 409, "REPAIR_ALREADY_PENDING");
        assertThat(application).endsWith(other.json().get("applicationId").asString());
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void applicationsTheRulesRefuse_get409WithTheirCodeAndDetails_andStoreNothing() {
        long before = storedEvents();

        HttpJson.Response early = apply(penalty(LocalDate.of(2026, 1, 5), Map.of()), Disputes.standardRepair());
        assertProblem(early, 409, "REPAIR_TOO_EARLY");
        assertThat(early.json().get("earliestRepairOn").asString()).isEqualTo("2026-04-05");

        Map<String, Object> withoutCommitment = Disputes.standardRepair();
        withoutCommitment.put("materials", List.of(map("type", "OBLIGATION_FULFILMENT_PROOF", "reference", "x")));
        HttpJson.Response missing = apply(penalty(), withoutCommitment);
        assertProblem(missing, 409, "REPAIR_MATERIALS_MISSING");
        assertThat(missing.json().get("missing").valueStream().map(JsonNode::asString).toList())
                .containsExactly("CREDIT_COMMITMENT");

        assertProblem(apply(penalty(REPAIRABLE, Map.of("violationType", "非法集资")), Disputes.standardRepair()), 409,
                "REPAIR_NOT_ALLOWED");
        assertProblem(apply(penalty(LocalDate.of(2025, 1, 10), Map.of()), Disputes.standardRepair()), 409,
                "REPAIR_NOT_NEEDED");
        HttpJson.Response licence = http.post("/api/v1/licences", Submissions.licence(department,
                Submissions.nextSourceId("LIC"), subject, TODAY));
        before = storedEvents();
        assertProblem(apply(licence.json().get("recordId").asString(), Disputes.standardRepair()), 409,
                "REPAIR_NOT_APPLICABLE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badApplications_get400NamingTheFields() {
        String recordId = penalty();
        long before = storedEvents();

        assertThat(errorFields(apply(recordId, map()))).containsExactly("applicant", "kind", "materials");
        assertThat(errorFields(apply(recordId, map("applicant", "x", "kind", "STANDARD", "materials",
                List.of(map("reference", " "), map("type", "CREDIT_COMMITMENT", "reference", "y"))))))
                .containsExactly("materials[0].type", "materials[0].reference");
        assertThat(errorFields(apply(recordId, map("applicant", "x", "kind", "QUICK", "materials", List.of()))))
                .containsExactly("kind");
        assertThat(errorFields(apply(recordId, map("applicant", "x", "kind", "STANDARD", "materials",
                List.of(map("type", "BRIBE", "reference", "y")))))).containsExactly("materials[0].type");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownApplication_is404WithItsCode_malformedIdIs400() {
        String unknown = "/api/v1/repair-applications/" + UUID.randomUUID();

        assertProblem(http.get(unknown), 404, "REPAIR_APPLICATION_NOT_FOUND");
        assertProblem(http.post(unknown + "/acceptance", map("accepted", true)), 404,
                "REPAIR_APPLICATION_NOT_FOUND");
        assertProblem(http.post(unknown + "/decision", map("granted", true, "explanation", "x")), 404,
                "REPAIR_APPLICATION_NOT_FOUND");
        assertProblem(http.post(unknown + "/revocation", map("reason", "FALSE_MATERIALS", "explanation", "x")), 404,
                "REPAIR_APPLICATION_NOT_FOUND");
        assertProblem(http.post(unknown + "/finalisation", map("explanation", "x")), 404,
                "REPAIR_APPLICATION_NOT_FOUND");
        assertThat(errorFields(http.get("/api/v1/repair-applications/abc"))).containsExactly("applicationId");

        String recordId = penalty();
        HttpJson.Response objection = http.post("/api/v1/records/" + recordId + "/objections",
                Disputes.objection("x"));
        assertProblem(http.get("/api/v1/repair-applications/" + objection.json().get("caseId").asString()), 404,
                "REPAIR_APPLICATION_NOT_FOUND");
    }

    @Test
    void acceptedAndGranted_endsDisclosure_asRepaired() {
        String recordId = penalty();
        String application = applied(recordId, Disputes.standardRepair());
        assertProblem(http.post(application + "/decision", map("granted", true, "explanation", "x")), 409,
                "REPAIR_APPLICATION_STATE");
        assertThat(errorFields(http.post(application + "/acceptance", map()))).containsExactly("accepted");

        clock.setDate(LocalDate.of(2026, 2, 24));
        HttpJson.Response accepted = http.post(application + "/acceptance", map("accepted", true));
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        // 10 working days from 2/24: 2/25, 2/26, 2/27, 2/28 (make-up Saturday), 3/2-3/6, 3/9
        assertThat(accepted.json().get("dueOn").asString()).isEqualTo("2026-03-09");
        assertThat(accepted.json().get("deadlines").get(0).get("met").asBoolean()).isTrue();
        assertProblem(http.post(application + "/acceptance", map("accepted", true)), 409,
                "REPAIR_APPLICATION_STATE");
        assertThat(errorFields(http.post(application + "/decision", map("granted", true))))
                .containsExactly("explanation");
        assertThat(errorFields(http.post(application + "/decision", map("granted", false, "explanation", "x"))))
                .containsExactly("reason");

        HttpJson.Response granted = http.post(application + "/decision", map("granted", true,
                "explanation", "罚款已缴清，已作出信用承诺"));
        assertThat(granted.status()).as(granted.raw().body()).isEqualTo(200);
        assertThat(granted.json().get("status").asString()).isEqualTo("GRANTED");
        assertThat(granted.json().get("closedOn").asString()).isEqualTo("2026-02-24");
        JsonNode record = profileRecord(granted);
        assertThat(record.get("status").asString()).isEqualTo("REPAIRED");
        assertThat(record.get("disclosed").asBoolean()).isFalse();
        assertThat(record.get("repair").get("label").asString()).isEqualTo("已修复");
        assertThat(record.get("repair").get("since").asString()).isEqualTo("2026-02-24");
        JsonNode history = http.get("/api/v1/records/" + recordId + "/disclosure-history").json();
        assertThat(history.get("disclosed").asBoolean()).isFalse();
        assertThat(history.get("entries").get(1).get("cause").asString()).isEqualTo("REPAIRED");

        assertProblem(apply(recordId, Disputes.standardRepair()), 409, "REPAIR_NOT_NEEDED");
        assertProblem(http.post(application + "/finalisation", map("explanation", "x")), 409,
                "REPAIR_APPLICATION_STATE");
        assertThat(errorFields(http.post(application + "/revocation", map("explanation", "x"))))
                .containsExactly("reason");
        assertThat(errorFields(http.post(application + "/revocation",
                map("reason", "REORGANISATION_ENDED", "explanation", "x")))).containsExactly("reason");

        HttpJson.Response revoked = http.post(application + "/revocation", map("reason", "FALSE_MATERIALS",
                "explanation", "缴款凭证系伪造"));
        assertThat(revoked.status()).as(revoked.raw().body()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        JsonNode again = profileRecord(revoked);
        assertThat(again.get("status").asString()).isEqualTo("IN_PUBLICITY");
        assertThat(again.get("repair").isNull()).isTrue();
        assertProblem(http.post(application + "/revocation", map("reason", "FALSE_MATERIALS", "explanation", "x")),
                409, "REPAIR_APPLICATION_STATE");
    }

    @Test
    void notAcceptedOrDenied_closesTheApplication_withTheReason() {
        String recordId = penalty();
        String notAccepted = applied(recordId, Disputes.standardRepair());
        assertThat(errorFields(http.post(notAccepted + "/acceptance", map("accepted", false))))
                .containsExactly("reason", "explanation");

        HttpJson.Response refused = http.post(notAccepted + "/acceptance", map("accepted", false,
                "reason", "MATERIALS_INCOMPLETE", "explanation", "缴款凭证不清晰"));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(200);
        assertThat(refused.json().get("status").asString()).isEqualTo("NOT_ACCEPTED");
        assertThat(refused.json().get("history").get(1).get("details").get("reason").asString())
                .isEqualTo("MATERIALS_INCOMPLETE");

        String denied = accepted(recordId, Disputes.standardRepair());
        HttpJson.Response decision = http.post(denied + "/decision", map("granted", false,
                "reason", "OBLIGATIONS_UNPERFORMED", "explanation", "罚款未缴清"));
        assertThat(decision.status()).as(decision.raw().body()).isEqualTo(200);
        assertThat(decision.json().get("status").asString()).isEqualTo("DENIED");
        assertThat(profileRecord(decision).get("status").asString()).isEqualTo("IN_PUBLICITY");
    }

    @Test
    void reorganisation_hidesTheRecordTemporarily_untilFinalised() {
        // a court-ordered reorganisation need not wait for the minimum period
        String recordId = penalty(LocalDate.of(2026, 1, 5), Map.of());
        String application = accepted(recordId, Disputes.reorganisationRepair());

        HttpJson.Response granted = http.post(application + "/decision", map("granted", true,
                "explanation", "重整计划已获法院批准"));
        assertThat(granted.status()).as(granted.raw().body()).isEqualTo(200);
        assertThat(granted.json().get("status").asString()).isEqualTo("TEMPORARILY_GRANTED");
        JsonNode hidden = profileRecord(granted);
        assertThat(hidden.get("status").asString()).isEqualTo("TEMPORARILY_HIDDEN");
        assertThat(hidden.get("repair").get("label").asString()).isEqualTo("暂时屏蔽");
        assertThat(errorFields(http.post(application + "/finalisation", map()))).containsExactly("explanation");

        HttpJson.Response finalised = http.post(application + "/finalisation", map("explanation", "重整计划执行完毕"));
        assertThat(finalised.status()).as(finalised.raw().body()).isEqualTo(200);
        assertThat(finalised.json().get("status").asString()).isEqualTo("GRANTED");
        JsonNode repaired = profileRecord(finalised);
        assertThat(repaired.get("status").asString()).isEqualTo("REPAIRED");
        assertThat(repaired.get("repair").get("status").asString()).isEqualTo("REPAIRED");
    }

    @Test
    void endedTemporaryMeasures_discloseTheRecordAgain() {
        String recordId = penalty();
        String application = accepted(recordId, Disputes.reorganisationRepair());
        http.post(application + "/decision", map("granted", true, "explanation", "重整"));

        HttpJson.Response ended = http.post(application + "/revocation", map("reason", "REORGANISATION_ENDED",
                "explanation", "重整计划未执行"));

        assertThat(ended.status()).as(ended.raw().body()).isEqualTo(200);
        assertThat(ended.json().get("history").valueStream().map(e -> e.get("action").asString()).toList())
                .containsExactly("APPLIED", "ACCEPTED", "TEMPORARILY_GRANTED", "DISCLOSURE_ENDED", "REVOKED",
                        "DISCLOSURE_RESUMED");
        assertThat(profileRecord(ended).get("status").asString()).isEqualTo("IN_PUBLICITY");
        JsonNode history = http.get("/api/v1/records/" + recordId + "/disclosure-history").json();
        JsonNode last = history.get("entries").get(history.get("entries").size() - 1);
        assertThat(last.get("change").asString()).isEqualTo("DISCLOSURE_RESUMED");
        assertThat(last.get("cause").asString()).isEqualTo("TEMPORARY_HIDING_ENDED");
        assertThat(last.get("visibleUntil").asString()).isEqualTo("2026-06-10");
    }
}
