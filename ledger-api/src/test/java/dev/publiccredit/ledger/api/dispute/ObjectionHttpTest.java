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
 * Objections over real HTTP. The clock stands on Thursday 2026-02-12, before the 2026 Spring Festival: 5 working
 * days later is 2026-02-26 (2/13 Fri, 2/14 make-up Sat, 2/24, 2/25, 2/26; 2/15-2/23 off).
 */
class ObjectionHttpTest extends LedgerApplicationTest {

    private static final LocalDate RAISED = LocalDate.of(2026, 2, 12);

    private String department;
    private String subject;

    @BeforeEach
    void standOnTheRaisingDay() {
        clock.setDate(RAISED);
        department = "SAMR-OBJ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        subject = newCompanyCode();
    }

    private HttpJson.Response penalty() {
        HttpJson.Response created = http.post("/api/v1/penalties", Submissions.penalty(department,
                Submissions.nextSourceId("OBJ"), subject, LocalDate.of(2026, 2, 2)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created;
    }

    private String recordId() {
        return penalty().json().get("recordId").asString();
    }

    private String raise(String recordId) {
        HttpJson.Response raised = http.post("/api/v1/records/" + recordId + "/objections",
                Disputes.objection("罚款金额应为1.5万元"));
        assertThat(raised.status()).as(raised.raw().body()).isEqualTo(201);
        return raised.json().get("caseId").asString();
    }

    @Test
    void raise_answers201WithTheOpenCase_andFlagsTheRecord() {
        String recordId = recordId();
        long before = storedEvents();

        HttpJson.Response raised = http.post("/api/v1/records/" + recordId + "/objections",
                Disputes.objection("罚款金额应为1.5万元"), "X-Actor", "wang.fang");

        assertThat(raised.status()).as(raised.raw().body()).isEqualTo(201);
        JsonNode view = raised.json();
        String id = view.get("caseId").asString();
        assertThat(raised.header("Location")).isEqualTo("/api/v1/objections/" + id);
        assertThat(raised.header("X-Ledger-Position")).isNotNull();
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(view.get("type").asString()).isEqualTo("OBJECTION");
        assertThat(view.get("recordId").asString()).isEqualTo(recordId);
        assertThat(view.get("subjectCode").asString()).isEqualTo(subject);
        assertThat(view.get("department").asString()).isEqualTo(department);
        assertThat(view.get("status").asString()).isEqualTo("OPEN");
        assertThat(view.get("ground").asString()).isEqualTo("ERROR");
        assertThat(view.get("objector").get("role").asString()).isEqualTo("SUBJECT");
        assertThat(view.get("evidence").get(0).asString()).isEqualTo("缴款凭证 2026-001");
        assertThat(view.get("openedOn").asString()).isEqualTo("2026-02-12");
        assertThat(view.get("due").asString()).isEqualTo("DECISION");
        assertThat(view.get("dueOn").asString()).isEqualTo("2026-02-26");
        assertThat(view.get("overdue").asBoolean()).isFalse();
        assertThat(view.get("deadlines").get(0).get("workingDays").asInt()).isEqualTo(5);
        assertThat(view.get("deadlines").get(0).get("calendarCovered").asBoolean()).isTrue();
        assertThat(view.get("history").get(0).get("action").asString()).isEqualTo("RAISED");

        assertThat(http.get(raised.header("Location")).json()).isEqualTo(view);
        JsonNode profile = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", raised.header("X-Ledger-Position")).json().get("penalties").get(0);
        assertThat(profile.get("underObjection").asBoolean()).isTrue();
        assertThat(profile.get("objection").get("objectionId").asString()).isEqualTo(id);
        assertThat(profile.get("objection").get("status").asString()).isEqualTo("OPEN");
        assertThat(profile.get("objection").get("since").asString()).isEqualTo("2026-02-12");
        assertThat(profile.get("disclosed").asBoolean()).isTrue();
        JsonNode history = http.get("/api/v1/records/" + recordId + "/disclosure-history").json();
        assertThat(history.get("underObjection").asBoolean()).isTrue();
        assertThat(history.get("entries").get(1).get("change").asString()).isEqualTo("OBJECTION_FLAGGED");
        JsonNode event = http.get("/api/v1/subjects/" + subject + "/events").json().get("events").get(1);
        assertThat(event.get("type").asString()).isEqualTo("ObjectionRaised");
        assertThat(event.get("metadata").get("actor").asString()).isEqualTo("wang.fang");
        assertThat(event.get("metadata").get("department").asString()).isEqualTo(department);
    }

    @Test
    void identicalObjectionWhileOpen_answers200WithTheOpenOne_andStoresNothing() {
        String recordId = recordId();
        String id = raise(recordId);
        long before = storedEvents();

        HttpJson.Response again = http.post("/api/v1/records/" + recordId + "/objections",
                Disputes.objection("罚款金额应为1.5万元"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Location")).isNull();
        assertThat(again.json().get("caseId").asString()).isEqualTo(id);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anotherObjectionWhileOneIsOpen_isRefused_namingTheOpenOne() {
        String recordId = recordId();
        String id = raise(recordId);
        long before = storedEvents();

        HttpJson.Response other = http.post("/api/v1/records/" + recordId + "/objections",
                Disputes.objection("处罚依据引用错误"));

        assertProblem(other, 409, "OBJECTION_ALREADY_OPEN");
        assertThat(other.json().get("objectionId").asString()).isEqualTo(id);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badObjections_get400NamingTheFields_andStoreNothing() {
        String path = "/api/v1/records/" + recordId() + "/objections";
        long before = storedEvents();

        assertThat(errorFields(http.post(path, map("statement", " ")))).containsExactly("objector", "ground",
                "statement");
        assertThat(errorFields(http.post(path, map("objector", map("name", ""), "ground", "ERROR",
                "statement", "x", "evidence", List.of("a", " "))))).containsExactly("objector.name", "objector.role",
                "evidence[1]");
        HttpJson.Response unknownGround = http.post(path, map("objector", map("name", "张三", "role", "SUBJECT"),
                "ground", "BAD_MOOD", "statement", "x"));
        assertThat(errorFields(unknownGround)).containsExactly("ground");
        assertThat(unknownGround.json().get("code").asString()).isEqualTo("INVALID_JSON");
        assertThat(unknownGround.json().get("errors").get(0).get("reason").asString()).contains("ERROR", "OMISSION");
        assertThat(errorFields(http.post(path, "{not json"))).containsExactly("body");
        assertThat(errorFields(http.post("/api/v1/records/not-a-uuid/objections",
                Disputes.objection("x")))).containsExactly("recordId");
        assertThat(storedEvents()).isEqualTo(before);

        HttpJson.Response unknownRecord = http.post("/api/v1/records/" + UUID.randomUUID() + "/objections",
                Disputes.objection("x"));
        assertThat(unknownRecord.status()).isEqualTo(404);
    }

    @Test
    void unknownObjection_is404WithItsCode_malformedIdIs400() {
        String unknown = "/api/v1/objections/" + UUID.randomUUID();

        assertProblem(http.get(unknown), 404, "OBJECTION_NOT_FOUND");
        assertProblem(http.post(unknown + "/forwarding", map("toDepartment", "TAX-HAIDIAN")), 404,
                "OBJECTION_NOT_FOUND");
        assertProblem(http.post(unknown + "/extension", map("reason", "x")), 404, "OBJECTION_NOT_FOUND");
        assertProblem(http.post(unknown + "/decision", Disputes.decision("UNFLAG")), 404, "OBJECTION_NOT_FOUND");
        assertProblem(http.post(unknown + "/review", map("grounds", "x")), 404, "OBJECTION_NOT_FOUND");
        assertThat(errorFields(http.get("/api/v1/objections/42"))).containsExactly("objectionId");
    }

    @Test
    void forwardExtendDecideReview_throughTheWholeLife() {
        String recordId = recordId();
        String objection = "/api/v1/objections/" + raise(recordId);

        HttpJson.Response forwarded = http.post(objection + "/forwarding",
                map("toDepartment", " tax-haidian ", "note", "请核实罚款金额"));
        assertThat(forwarded.status()).as(forwarded.raw().body()).isEqualTo(200);
        assertThat(forwarded.json().get("status").asString()).isEqualTo("FORWARDED");
        assertThat(forwarded.json().get("department").asString()).isEqualTo("TAX-HAIDIAN");
        assertThat(forwarded.header("X-Ledger-Position")).isNotNull();
        assertThat(errorFields(http.post(objection + "/forwarding", map("toDepartment", "税务 局"))))
                .containsExactly("toDepartment");
        assertThat(errorFields(http.post(objection + "/forwarding", map("note", "x"))))
                .containsExactly("toDepartment");

        clock.setDate(LocalDate.of(2026, 2, 25));
        HttpJson.Response extended = http.post(objection + "/extension", map("reason", "需调取原始案卷"));
        assertThat(extended.status()).as(extended.raw().body()).isEqualTo(200);
        // 20 working days from 2/12: 2/13, 2/14 (make-up), 2/24-2/27 (6), 2/28 (make-up, 7), 3/2-3/6 (12),
        // 3/9-3/13 (17), 3/16, 3/17, 3/18 (20)
        assertThat(extended.json().get("dueOn").asString()).isEqualTo("2026-03-18");
        assertThat(extended.json().get("extensionUsed").asBoolean()).isTrue();
        assertProblem(http.post(objection + "/extension", map("reason", "again")), 409, "OBJECTION_EXTENSION_USED");
        assertThat(errorFields(http.post(objection + "/extension", map()))).containsExactly("reason");
        assertProblem(http.post(objection + "/review", map("grounds", "too soon")), 409,
                "OBJECTION_REVIEW_NOT_AVAILABLE");

        HttpJson.Response decided = http.post(objection + "/decision", Disputes.decision("UNFLAG"));
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("DECIDED");
        assertThat(decided.json().get("outcome").asString()).isEqualTo("UNFLAG");
        assertThat(decided.json().get("decidedOnTime").asBoolean()).isTrue();
        assertThat(decided.json().get("dueOn").isNull()).isTrue();
        assertProblem(http.post(objection + "/decision", Disputes.decision("UNFLAG")), 409, "OBJECTION_NOT_OPEN");
        assertProblem(http.post(objection + "/forwarding", map("toDepartment", "SAMR-HAIDIAN")), 409,
                "OBJECTION_NOT_OPEN");
        assertProblem(http.post(objection + "/extension", map("reason", "x")), 409, "OBJECTION_NOT_OPEN");
        JsonNode unflagged = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", decided.header("X-Ledger-Position")).json().get("penalties").get(0);
        assertThat(unflagged.get("underObjection").asBoolean()).isFalse();
        assertThat(unflagged.get("objection").isNull()).isTrue();

        assertThat(errorFields(http.post(objection + "/review", map("grounds", "")))).containsExactly("grounds");
        HttpJson.Response review = http.post(objection + "/review", map("grounds", "对核实结论不服"));
        assertThat(review.status()).as(review.raw().body()).isEqualTo(200);
        assertThat(review.json().get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(review.json().get("due").asString()).isEqualTo("REVIEW");
        // 5 working days from 2/25: 2/26, 2/27, 2/28 (make-up), 3/2, 3/3
        assertThat(review.json().get("dueOn").asString()).isEqualTo("2026-03-03");
        assertProblem(http.post(objection + "/review", map("grounds", "again")), 409,
                "OBJECTION_REVIEW_NOT_AVAILABLE");
        JsonNode flaggedAgain = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", review.header("X-Ledger-Position")).json().get("penalties").get(0);
        assertThat(flaggedAgain.get("underObjection").asBoolean()).isTrue();

        HttpJson.Response closed = http.post(objection + "/decision", Disputes.decision("UNFLAG"));
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("history").valueStream().map(e -> e.get("action").asString()).toList())
                .containsExactly("RAISED", "FORWARDED", "DEADLINE_EXTENDED", "DECIDED", "REVIEW_REQUESTED",
                        "REVIEW_DECIDED");
        assertProblem(http.post(objection + "/review", map("grounds", "a third time")), 409,
                "OBJECTION_REVIEW_NOT_AVAILABLE");
    }

    @Test
    void correctDecision_correctsTheRecord_andBadDecisionsGet400() {
        String recordId = recordId();
        String objection = "/api/v1/objections/" + raise(recordId);
        long before = storedEvents();

        assertThat(errorFields(http.post(objection + "/decision", map("reasoning", " ")))).containsExactly("outcome",
                "reasoning");
        assertThat(errorFields(http.post(objection + "/decision", Disputes.decision("CORRECT"))))
                .containsExactly("changes");
        assertThat(errorFields(http.post(objection + "/decision", Disputes.decision("ANNOTATE"))))
                .containsExactly("annotation");
        assertThat(errorFields(http.post(objection + "/decision", Disputes.decision("REMOVE_FROM_LIST"))))
                .containsExactly("listingId");
        Map<String, Object> badListing = Disputes.decision("REMOVE_FROM_LIST");
        badListing.put("listingId", "L-1");
        assertThat(errorFields(http.post(objection + "/decision", badListing))).containsExactly("listingId");
        Map<String, Object> unknownField = Disputes.decision("CORRECT");
        unknownField.put("changes", map("licenceContent", "x"));
        assertThat(errorFields(http.post(objection + "/decision", unknownField)))
                .containsExactly("changes.licenceContent");
        Map<String, Object> changesForUnflag = Disputes.decision("UNFLAG");
        changesForUnflag.put("changes", map("fineAmount", 2));
        assertThat(errorFields(http.post(objection + "/decision", changesForUnflag))).containsExactly("changes");
        assertThat(errorFields(http.post(objection + "/decision", map("outcome", "MAYBE", "reasoning", "x"))))
                .containsExactly("outcome");
        Map<String, Object> sameValue = Disputes.decision("CORRECT");
        sameValue.put("changes", map("fineAmount", 1.5));
        assertProblem(http.post(objection + "/decision", sameValue), 409, "CORRECTION_CHANGES_NOTHING");
        assertThat(storedEvents()).isEqualTo(before);

        Map<String, Object> correct = Disputes.decision("CORRECT");
        correct.put("changes", map("fineAmount", 0.5, "penaltyContent", "警告，罚款0.5万元"));
        HttpJson.Response decided = http.post(objection + "/decision", correct);

        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        assertThat(decided.json().get("outcome").asString()).isEqualTo("CORRECT");
        assertThat(storedEvents()).as("the decision and the correction").isEqualTo(before + 2);
        JsonNode record = http.get("/api/v1/records/" + recordId).json();
        assertThat(record.get("fineAmount").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(record.get("corrections").asInt()).isEqualTo(1);
        JsonNode profile = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", decided.header("X-Ledger-Position")).json().get("penalties").get(0);
        assertThat(profile.get("summary").asString()).isEqualTo("警告，罚款0.5万元");
        assertThat(profile.get("underObjection").asBoolean()).isFalse();
    }

    @Test
    void annotateDecision_leavesTheAnnotationOnTheRecord() {
        String recordId = recordId();
        String objection = "/api/v1/objections/" + raise(recordId);
        Map<String, Object> annotate = Disputes.decision("ANNOTATE");
        annotate.put("annotation", "当事人对罚款金额有异议，尚无法核实");

        HttpJson.Response decided = http.post(objection + "/decision", annotate);

        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        assertThat(decided.json().get("annotation").asString()).isEqualTo("当事人对罚款金额有异议，尚无法核实");
        JsonNode profile = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", decided.header("X-Ledger-Position")).json().get("penalties").get(0);
        assertThat(profile.get("underObjection").asBoolean()).isFalse();
        assertThat(profile.get("objection").get("annotation").asString()).isEqualTo("当事人对罚款金额有异议，尚无法核实");
        JsonNode history = http.get("/api/v1/records/" + recordId + "/disclosure-history").json();
        assertThat(history.get("annotation").asString()).isEqualTo("当事人对罚款金额有异议，尚无法核实");
        assertThat(history.get("entries").get(2).get("change").asString()).isEqualTo("OBJECTION_ANNOTATED");
    }

    @Test
    void deleteDecision_endsDisclosure_andTheDeletedRecordRefusesChanges() {
        String recordId = recordId();
        String objection = "/api/v1/objections/" + raise(recordId);

        HttpJson.Response decided = http.post(objection + "/decision", Disputes.decision("DELETE"));

        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        assertThat(decided.json().get("history").valueStream().map(e -> e.get("action").asString()).toList())
                .containsExactly("RAISED", "DECIDED", "DISCLOSURE_ENDED");
        JsonNode profile = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", decided.header("X-Ledger-Position")).json().get("penalties").get(0);
        assertThat(profile.get("status").asString()).isEqualTo("DELETED");
        assertThat(profile.get("disclosed").asBoolean()).isFalse();
        JsonNode history = http.get("/api/v1/records/" + recordId + "/disclosure-history").json();
        assertThat(history.get("disclosed").asBoolean()).isFalse();
        assertThat(history.get("entries").get(3).get("cause").asString()).isEqualTo("DELETED_AFTER_OBJECTION");

        long before = storedEvents();
        assertProblem(http.post("/api/v1/records/" + recordId + "/objections", Disputes.objection("再次异议")), 409,
                "RECORD_DELETED");
        assertProblem(http.post("/api/v1/records/" + recordId + "/corrections",
                map("changes", map("fineAmount", 2), "reason", "x")), 409, "RECORD_DELETED");
        assertProblem(http.post("/api/v1/records/" + recordId + "/repair-applications", Disputes.standardRepair()),
                409, "RECORD_DELETED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void stopDisclosureDecision_stopsDisclosure() {
        String recordId = recordId();
        HttpJson.Response decided = http.post("/api/v1/objections/" + raise(recordId) + "/decision",
                Disputes.decision("STOP_DISCLOSURE"));

        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        JsonNode profile = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", decided.header("X-Ledger-Position")).json().get("penalties").get(0);
        assertThat(profile.get("status").asString()).isEqualTo("DISCLOSURE_STOPPED");
        assertThat(profile.get("disclosureEndedOn").asString()).isEqualTo("2026-02-12");
    }

    @Test
    void revokedRecord_refusesObjectionsAndRepair() {
        String recordId = recordId();
        HttpJson.Response revoked = http.post("/api/v1/records/" + recordId + "/revocation", map(
                "revokingDocumentNumber", "京海市监撤〔2026〕9号", "revokedOn", "2026-02-12", "reason", "撤销"));
        assertThat(revoked.status()).isEqualTo(200);
        long before = storedEvents();

        assertProblem(http.post("/api/v1/records/" + recordId + "/objections", Disputes.objection("x")), 409,
                "RECORD_REVOKED");
        assertProblem(http.post("/api/v1/records/" + recordId + "/repair-applications", Disputes.standardRepair()),
                409, "RECORD_REVOKED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void caseView_isStillAnsweredWhenTheCaseProjectionIsBehind() {
        String recordId = recordId();
        jdbc.sql("ALTER TABLE dispute_case RENAME TO dispute_case_offline").update();
        HttpJson.Response raised;
        try {
            raised = http.post("/api/v1/records/" + recordId + "/objections", Disputes.objection("暂不可读"));
        } finally {
            jdbc.sql("ALTER TABLE dispute_case_offline RENAME TO dispute_case").update();
        }

        assertThat(raised.status()).as("stored, the view not ready: " + raised.raw().body()).isEqualTo(202);
        String location = raised.header("Location");
        assertThat(location).startsWith("/api/v1/objections/");
        assertThat(raised.json().get("caseId").asString()).isEqualTo(location.substring(location.lastIndexOf('/') + 1));
        assertThat(raised.json().get("position").asLong())
                .isEqualTo(Long.parseLong(raised.header("X-Ledger-Position")));
        long deadline = System.nanoTime() + 60_000_000_000L;
        HttpJson.Response view = http.get(location);
        while (view.status() != 200 && System.nanoTime() < deadline) {
            view = http.get(location);
        }
        assertThat(view.status()).as("the projection catches up").isEqualTo(200);
        assertThat(view.json().get("status").asString()).isEqualTo("OPEN");
    }
}
