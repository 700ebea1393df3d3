package dev.publiccredit.ledger.api;

import dev.publiccredit.ledger.api.support.Disputes;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.MalformedWritesTest;
import dev.publiccredit.ledger.api.support.Submissions;
import dev.publiccredit.ledger.api.support.WriteEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.publiccredit.ledger.api.support.Problems.assertAnswer;
import static dev.publiccredit.ledger.api.support.Problems.assertNamed;
import static dev.publiccredit.ledger.api.support.Problems.assertProblem;
import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to the objection, repair and case-queue endpoints: every answer is a problem+json (400 naming the field,
 * or 404/409/413/415 where that is the answer), never a 500, and nothing is stored. The clock stands on 2026-02-12;
 * each test has its own open objection and repair application waiting for acceptance.
 */
class DisputeBadInputHttpTest extends MalformedWritesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 12);

    /** Fresh for each test: a record without case, one with an open objection, one with a repair application. */
    private static String cleanRecord;
    private static String objection;
    private static String application;

    private static final String OVER_LONG = "异".repeat(4001);

    private static final WriteEndpoint OBJECTION = new WriteEndpoint("OBJECTION",
            () -> "/api/v1/records/" + cleanRecord + "/objections", () -> Disputes.objection("罚款金额有误"));
    private static final WriteEndpoint FORWARDING = new WriteEndpoint("FORWARDING",
            () -> objection + "/forwarding", () -> map("toDepartment", "SAMR-CHAOYANG", "note", ""));
    private static final WriteEndpoint EXTENSION = new WriteEndpoint("EXTENSION",
            () -> objection + "/extension", () -> map("reason", "需调取原始案卷核实"));
    private static final WriteEndpoint OBJECTION_DECISION = new WriteEndpoint("OBJECTION_DECISION",
            () -> objection + "/decision", () -> Disputes.decision("UNFLAG"));
    private static final WriteEndpoint REVIEW = new WriteEndpoint("REVIEW",
            () -> objection + "/review", () -> map("grounds", "对核实结论不服"));
    private static final WriteEndpoint REPAIR_APPLICATION = new WriteEndpoint("REPAIR_APPLICATION",
            () -> "/api/v1/records/" + cleanRecord + "/repair-applications", Disputes::standardRepair);
    private static final WriteEndpoint ACCEPTANCE = new WriteEndpoint("ACCEPTANCE",
            () -> application + "/acceptance", () -> map("accepted", true));
    private static final WriteEndpoint REPAIR_DECISION = new WriteEndpoint("REPAIR_DECISION",
            () -> application + "/decision", () -> map("granted", true, "explanation", "罚款已缴清"));
    private static final WriteEndpoint REPAIR_REVOCATION = new WriteEndpoint("REPAIR_REVOCATION",
            () -> application + "/revocation", () -> map("reason", "FALSE_MATERIALS", "explanation", "材料虚假"));
    private static final WriteEndpoint FINALISATION = new WriteEndpoint("FINALISATION",
            () -> application + "/finalisation", () -> map("explanation", "重整计划已执行完毕"));

    @BeforeEach
    void openCases() {
        clock.setDate(TODAY);
        cleanRecord = penalty();
        HttpJson.Response raised = http.post("/api/v1/records/" + penalty() + "/objections",
                Disputes.objection("罚款金额有误"));
        assertThat(raised.status()).as(raised.raw().body()).isEqualTo(201);
        objection = "/api/v1/objections/" + raised.json().get("caseId").asString();
        HttpJson.Response applied = http.post("/api/v1/records/" + penalty() + "/repair-applications",
                Disputes.standardRepair());
        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(201);
        application = "/api/v1/repair-applications/" + applied.json().get("caseId").asString();
    }

    private String penalty() {
        HttpJson.Response created = http.post("/api/v1/penalties", Submissions.penalty("SAMR-HAIDIAN",
                Submissions.nextSourceId("BAD-DISPUTE"), newCompanyCode(), LocalDate.of(2025, 6, 10)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("recordId").asString();
    }

    @Override
    protected List<WriteEndpoint> writes() {
        return List.of(OBJECTION, FORWARDING, EXTENSION, OBJECTION_DECISION, REVIEW, REPAIR_APPLICATION, ACCEPTANCE,
                REPAIR_DECISION, REPAIR_REVOCATION, FINALISATION);
    }

    @Override
    protected Stream<Arguments> badFields() {
        return Stream.of(
                // objections
                bad(OBJECTION, "objector a string", b -> b.put("objector", "张三"), "objector"),
                bad(OBJECTION, "objector missing", b -> b.remove("objector"), "objector"),
                bad(OBJECTION, "objector name an object", b -> objector(b).put("name", map("a", 1)),
                        "objector.name"),
                bad(OBJECTION, "objector name blank", b -> objector(b).put("name", "  "), "objector.name"),
                bad(OBJECTION, "objector name over-long", b -> objector(b).put("name", "张".repeat(256)),
                        "objector.name"),
                bad(OBJECTION, "objector contact over-long", b -> objector(b).put("contact", "1".repeat(256)),
                        "objector.contact"),
                bad(OBJECTION, "unknown objector role", b -> objector(b).put("role", "LAWYER"),
                        "objector.role"),
                bad(OBJECTION, "unknown field of the objector", b -> objector(b).put("phone", "110"),
                        "objector.phone"),
                bad(OBJECTION, "unknown ground", b -> b.put("ground", "DISLIKE"), "ground"),
                bad(OBJECTION, "ground a number", b -> b.put("ground", 1), "ground"),
                bad(OBJECTION, "ground missing", b -> b.remove("ground"), "ground"),
                bad(OBJECTION, "statement a list", b -> b.put("statement", List.of("a")), "statement"),
                bad(OBJECTION, "statement blank", b -> b.put("statement", "\t "), "statement"),
                bad(OBJECTION, "statement over-long", b -> b.put("statement", OVER_LONG), "statement"),
                bad(OBJECTION, "statement with a NUL character", b -> b.put("statement", "金额\u0000有误"),
                        "statement"),
                bad(OBJECTION, "evidence a string", b -> b.put("evidence", "凭证"), "evidence"),
                bad(OBJECTION, "evidence an object", b -> b.put("evidence", map("a", "b")), "evidence"),
                bad(OBJECTION, "evidence item an object", b -> b.put("evidence", List.of("a", map())),
                        "evidence[1]"),
                bad(OBJECTION, "evidence item blank", b -> b.put("evidence", List.of(" ")), "evidence[0]"),
                bad(OBJECTION, "evidence item over-long", b -> b.put("evidence", List.of("证".repeat(256))),
                        "evidence[0]"),
                bad(OBJECTION, "empty object", Map::clear, "statement"),
                // forwarding, extension, review
                bad(FORWARDING, "department missing", b -> b.remove("toDepartment"), "toDepartment"),
                bad(FORWARDING, "department malformed", b -> b.put("toDepartment", "海淀 区"), "toDepartment"),
                bad(FORWARDING, "department a number", b -> b.put("toDepartment", List.of(1)),
                        "toDepartment"),
                bad(FORWARDING, "department over-long", b -> b.put("toDepartment", "A".repeat(65)),
                        "toDepartment"),
                bad(FORWARDING, "note over-long", b -> b.put("note", OVER_LONG), "note"),
                bad(FORWARDING, "note an object", b -> b.put("note", map()), "note"),
                bad(EXTENSION, "reason blank", b -> b.put("reason", ""), "reason"),
                bad(EXTENSION, "reason null", b -> b.put("reason", null), "reason"),
                bad(EXTENSION, "reason over-long", b -> b.put("reason", OVER_LONG), "reason"),
                bad(EXTENSION, "reason with control characters", b -> b.put("reason", "a\u0007b"), "reason"),
                bad(REVIEW, "grounds missing", b -> b.remove("grounds"), "grounds"),
                bad(REVIEW, "grounds over-long", b -> b.put("grounds", OVER_LONG), "grounds"),
                // decisions on objections
                bad(OBJECTION_DECISION, "unknown outcome", b -> b.put("outcome", "FORGIVE"), "outcome"),
                bad(OBJECTION_DECISION, "outcome lower case", b -> b.put("outcome", "unflag"), "outcome"),
                bad(OBJECTION_DECISION, "outcome missing", b -> b.remove("outcome"), "outcome"),
                bad(OBJECTION_DECISION, "reasoning blank", b -> b.put("reasoning", " "), "reasoning"),
                bad(OBJECTION_DECISION, "reasoning over-long", b -> b.put("reasoning", OVER_LONG),
                        "reasoning"),
                bad(OBJECTION_DECISION, "annotation over-long", b -> {
                    b.put("outcome", "ANNOTATE");
                    b.put("annotation", OVER_LONG);
                }, "annotation"),
                bad(OBJECTION_DECISION, "ANNOTATE without annotation", b -> b.put("outcome", "ANNOTATE"),
                        "annotation"),
                bad(OBJECTION_DECISION, "CORRECT without changes", b -> b.put("outcome", "CORRECT"),
                        "changes"),
                bad(OBJECTION_DECISION, "changes a string", b -> {
                    b.put("outcome", "CORRECT");
                    b.put("changes", "fineAmount=2");
                }, "changes"),
                bad(OBJECTION_DECISION, "changes a list", b -> {
                    b.put("outcome", "CORRECT");
                    b.put("changes", List.of("fineAmount"));
                }, "changes"),
                bad(OBJECTION_DECISION, "changes with an unknown field", b -> {
                    b.put("outcome", "CORRECT");
                    b.put("changes", map("fineAmout", 2));
                }, "changes.fineAmout"),
                bad(OBJECTION_DECISION, "changes with an object value", b -> {
                    b.put("outcome", "CORRECT");
                    b.put("changes", map("fineAmount", map("a", 1)));
                }, "changes.fineAmount"),
                bad(OBJECTION_DECISION, "changes with a wrong date", b -> {
                    b.put("outcome", "CORRECT");
                    b.put("changes", map("decisionDate", "2026-02-30"));
                }, "changes.decisionDate"),
                bad(OBJECTION_DECISION, "changes with a negative amount", b -> {
                    b.put("outcome", "CORRECT");
                    b.put("changes", map("fineAmount", -3));
                }, "changes.fineAmount"),
                bad(OBJECTION_DECISION, "changes with a wrong enum", b -> {
                    b.put("outcome", "CORRECT");
                    b.put("changes", map("severity", "CATASTROPHIC"));
                }, "changes.severity"),
                bad(OBJECTION_DECISION, "changes with a decision date far in the future", b -> {
                    b.put("outcome", "CORRECT");
                    b.put("changes", map("decisionDate", "+999999999-12-31"));
                }, "changes.decisionDate"),
                bad(OBJECTION_DECISION, "changes for an outcome that changes nothing", b ->
                        b.put("changes", map("fineAmount", 2)), "changes"),
                bad(OBJECTION_DECISION, "listing id malformed", b -> {
                    b.put("outcome", "REMOVE_FROM_LIST");
                    b.put("listingId", "list-1");
                }, "listingId"),
                bad(OBJECTION_DECISION, "listing id unknown", b -> {
                    b.put("outcome", "REMOVE_FROM_LIST");
                    b.put("listingId", UUID.randomUUID().toString());
                }, "listingId"),
                bad(OBJECTION_DECISION, "REMOVE_FROM_LIST without listing id",
                        b -> b.put("outcome", "REMOVE_FROM_LIST"), "listingId"),
                bad(OBJECTION_DECISION, "listing id a number", b -> {
                    b.put("outcome", "REMOVE_FROM_LIST");
                    b.put("listingId", map("id", 1));
                }, "listingId"),
                // repair applications
                bad(REPAIR_APPLICATION, "applicant blank", b -> b.put("applicant", ""), "applicant"),
                bad(REPAIR_APPLICATION, "applicant over-long", b -> b.put("applicant", "公".repeat(256)),
                        "applicant"),
                bad(REPAIR_APPLICATION, "applicant an object", b -> b.put("applicant", map()), "applicant"),
                bad(REPAIR_APPLICATION, "unknown kind", b -> b.put("kind", "AMNESTY"), "kind"),
                bad(REPAIR_APPLICATION, "kind a number", b -> b.put("kind", 0), "kind"),
                bad(REPAIR_APPLICATION, "materials missing", b -> b.remove("materials"), "materials"),
                bad(REPAIR_APPLICATION, "materials an object", b -> b.put("materials", map()), "materials"),
                bad(REPAIR_APPLICATION, "material null", b -> b.put("materials", Arrays.asList(
                        map("type", "CREDIT_COMMITMENT", "reference", "承诺书"), null)), "materials[1]"),
                bad(REPAIR_APPLICATION, "material a string", b -> b.put("materials", List.of("承诺书")),
                        "materials[0]"),
                bad(REPAIR_APPLICATION, "unknown material type", b -> b.put("materials", List.of(
                        map("type", "BRIBE", "reference", "x"))), "materials[0].type"),
                bad(REPAIR_APPLICATION, "material reference blank", b -> b.put("materials", List.of(
                        map("type", "CREDIT_COMMITMENT", "reference", " "))), "materials[0].reference"),
                bad(REPAIR_APPLICATION, "material reference over-long", b -> b.put("materials", List.of(
                        map("type", "CREDIT_COMMITMENT", "reference", "承".repeat(256)))), "materials[0].reference"),
                bad(REPAIR_APPLICATION, "material description over-long", b -> b.put("materials", List.of(
                        map("type", "CREDIT_COMMITMENT", "reference", "承诺书", "description", OVER_LONG))),
                        "materials[0].description"),
                bad(REPAIR_APPLICATION, "unknown field of a material", b -> b.put("materials", List.of(
                        map("type", "CREDIT_COMMITMENT", "reference", "承诺书", "pages", 3))), "materials[0].pages"),
                // steps of repair applications
                bad(ACCEPTANCE, "accepted missing", Map::clear, "accepted"),
                bad(ACCEPTANCE, "accepted a word", b -> b.put("accepted", "maybe"), "accepted"),
                bad(ACCEPTANCE, "accepted an object", b -> b.put("accepted", map()), "accepted"),
                bad(ACCEPTANCE, "not accepted without reason", b -> {
                    b.put("accepted", false);
                    b.put("explanation", "材料不全");
                }, "reason"),
                bad(ACCEPTANCE, "not accepted without explanation", b -> {
                    b.put("accepted", false);
                    b.put("reason", "MATERIALS_INCOMPLETE");
                }, "explanation"),
                bad(ACCEPTANCE, "unknown refusal reason", b -> {
                    b.put("accepted", false);
                    b.put("reason", "LATE");
                    b.put("explanation", "x");
                }, "reason"),
                bad(ACCEPTANCE, "explanation over-long", b -> {
                    b.put("accepted", false);
                    b.put("reason", "MATERIALS_INCOMPLETE");
                    b.put("explanation", OVER_LONG);
                }, "explanation"),
                bad(REPAIR_DECISION, "granted a number", b -> b.put("granted", List.of(1)), "granted"),
                bad(REPAIR_DECISION, "granted missing", b -> b.remove("granted"), "granted"),
                bad(REPAIR_DECISION, "explanation missing", b -> b.remove("explanation"), "explanation"),
                bad(REPAIR_DECISION, "denied without reason", b -> b.put("granted", false), "reason"),
                bad(REPAIR_DECISION, "explanation over-long", b -> b.put("explanation", OVER_LONG),
                        "explanation"),
                bad(REPAIR_REVOCATION, "unknown reason", b -> b.put("reason", "CHANGED_MIND"), "reason"),
                bad(REPAIR_REVOCATION, "reason missing", b -> b.remove("reason"), "reason"),
                bad(REPAIR_REVOCATION, "explanation blank", b -> b.put("explanation", " "), "explanation"),
                bad(FINALISATION, "explanation missing", Map::clear, "explanation"),
                bad(FINALISATION, "explanation over-long", b -> b.put("explanation", OVER_LONG),
                        "explanation"),
                bad(FINALISATION, "explanation a number list", b -> b.put("explanation", List.of(1)),
                        "explanation"));
    }

    static Stream<Arguments> badPaths() {
        String unknown = UUID.randomUUID().toString();
        return Stream.of(
                path(OBJECTION, "/api/v1/records/not-a-uuid/objections", 400, "recordId"),
                path(OBJECTION, "/api/v1/records/" + unknown + "/objections", 404, null),
                path(REPAIR_APPLICATION,
                        "/api/v1/records/12345678-1234-1234-1234-1234567890123/repair-applications", 400, "recordId"),
                path(REPAIR_APPLICATION, "/api/v1/records/" + unknown + "/repair-applications", 404, null),
                path(FORWARDING, "/api/v1/objections/x/forwarding", 400, "objectionId"),
                path(FORWARDING, "/api/v1/objections/" + unknown + "/forwarding", 404, "OBJECTION_NOT_FOUND"),
                path(EXTENSION, "/api/v1/objections/%20/extension", 400, "objectionId"),
                path(EXTENSION, "/api/v1/objections/" + unknown + "/extension", 404, "OBJECTION_NOT_FOUND"),
                path(OBJECTION_DECISION, "/api/v1/objections/%7Bx%7D/decision", 400, "objectionId"),
                path(OBJECTION_DECISION, "/api/v1/objections/" + unknown + "/decision",
                        404, "OBJECTION_NOT_FOUND"),
                path(REVIEW, "/api/v1/objections/00000000-0000-0000-0000-00000000000g/review",
                        400, "objectionId"),
                path(REVIEW, "/api/v1/objections/" + unknown + "/review", 404, "OBJECTION_NOT_FOUND"),
                path(ACCEPTANCE, "/api/v1/repair-applications/1/acceptance", 400, "applicationId"),
                path(ACCEPTANCE, "/api/v1/repair-applications/" + unknown + "/acceptance",
                        404, "REPAIR_APPLICATION_NOT_FOUND"),
                path(REPAIR_DECISION, "/api/v1/repair-applications/%E5%BC%82/decision", 400, "applicationId"),
                path(REPAIR_DECISION, "/api/v1/repair-applications/" + unknown + "/decision",
                        404, "REPAIR_APPLICATION_NOT_FOUND"),
                path(REPAIR_REVOCATION, "/api/v1/repair-applications/--/revocation", 400, "applicationId"),
                path(REPAIR_REVOCATION, "/api/v1/repair-applications/" + unknown + "/revocation",
                        404, "REPAIR_APPLICATION_NOT_FOUND"),
                path(FINALISATION, "/api/v1/repair-applications/x/finalisation", 400, "applicationId"),
                path(FINALISATION, "/api/v1/repair-applications/" + unknown + "/finalisation", 404,
                        "REPAIR_APPLICATION_NOT_FOUND"));
    }

    /** A well-formed body to a path that is malformed or names nothing: 400 naming the path value, or 404. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("badPaths")
    void badPath_isProblem_andStoresNothing(WriteEndpoint write, String path, int status, String fieldOrCode) {
        long before = storedEvents();

        HttpJson.Response response = http.post(path, write.validBody());

        assertAnswer(response, status, fieldOrCode);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theIdOfTheOtherKindOfCase_is404WithItsCode() {
        String objectionId = objection.substring(objection.lastIndexOf('/') + 1);
        String applicationId = application.substring(application.lastIndexOf('/') + 1);

        assertAnswer(http.get("/api/v1/repair-applications/" + objectionId), 404, "REPAIR_APPLICATION_NOT_FOUND");
        assertAnswer(http.get("/api/v1/objections/" + applicationId), 404, "OBJECTION_NOT_FOUND");
        assertAnswer(http.post("/api/v1/repair-applications/" + objectionId + "/acceptance", map("accepted", true)),
                404, "REPAIR_APPLICATION_NOT_FOUND");
        assertAnswer(http.post("/api/v1/objections/" + applicationId + "/review", map("grounds", "x")), 404,
                "OBJECTION_NOT_FOUND");
    }

    static Stream<Arguments> badReads() {
        String unknown = UUID.randomUUID().toString();
        return Stream.of(
                path("/api/v1/objections/not-a-uuid", 400, "objectionId"),
                path("/api/v1/objections/" + unknown, 404, "OBJECTION_NOT_FOUND"),
                path("/api/v1/repair-applications/123", 400, "applicationId"),
                path("/api/v1/repair-applications/" + unknown, 404, "REPAIR_APPLICATION_NOT_FOUND"),
                path("/api/v1/records/nope/repair-notice", 400, "recordId"),
                path("/api/v1/records/" + unknown + "/repair-notice", 404, null),
                // the case queue
                path("/api/v1/cases?type=APPEAL", 400, "type"),
                path("/api/v1/cases?type=1", 400, "type"),
                path("/api/v1/cases?status=PENDING", 400, "status"),
                path("/api/v1/cases?status=OPEN,WHATEVER", 400, "status"),
                path("/api/v1/cases?type=OBJECTION&status=APPLIED", 400, "status"),
                path("/api/v1/cases?overdue=maybe", 400, "overdue"),
                path("/api/v1/cases?overdue=1", 400, "overdue"),
                path("/api/v1/cases?department=%E6%B5%B7%20%E6%B7%80", 400, "department"),
                path("/api/v1/cases?department=" + "A".repeat(65), 400, "department"),
                path("/api/v1/cases?page=-1", 400, "page"),
                path("/api/v1/cases?page=abc", 400, "page"),
                path("/api/v1/cases?page=99999999999", 400, "page"),
                path("/api/v1/cases?page=1.5", 400, "page"),
                path("/api/v1/cases?size=0", 400, "size"),
                path("/api/v1/cases?size=-20", 400, "size"),
                path("/api/v1/cases?size=101", 400, "size"),
                path("/api/v1/cases?size=2147483647", 400, "size"),
                path("/api/v1/cases?size=99999999999999999999", 400, "size"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReads")
    void badRead_isProblemNamingTheValue(String path, int status, String fieldOrCode) {
        assertAnswer(http.get(path), status, fieldOrCode);
    }

    @Test
    void aPageFarBeyondTheEnd_isEmpty_notAnError() {
        for (String page : List.of("1000000", "2147483647")) {
            HttpJson.Response response = http.get("/api/v1/cases?size=100&page=" + page);

            assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
            assertThat(response.json().get("items")).isEmpty();
            assertThat(response.json().get("total").asLong()).isPositive();
        }
    }

    @Test
    void aMalformedAwaitPosition_is400NamingTheHeader() {
        assertAnswer(http.get("/api/v1/cases", "X-Ledger-Await-Position", "soon"), 400,
                "X-Ledger-Await-Position");
        assertAnswer(http.get("/api/v1/cases", "X-Ledger-Await-Position", "99999999999999999999"), 400,
                "X-Ledger-Await-Position");
    }

    private static Arguments path(String path, int status, String fieldOrCode) {
        return Arguments.of(path, status, fieldOrCode);
    }

    private static Arguments path(WriteEndpoint write, String path, int status, String fieldOrCode) {
        return Arguments.of(write, path, status, fieldOrCode);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objector(Map<String, Object> objection) {
        return (Map<String, Object>) objection.get("objector");
    }
}
