package dev.publiccredit.ledger.api;

import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a problem+json answer naming the field and the reason, and nothing is stored. */
class BadInputHttpTest extends LedgerApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static Stream<Arguments> badPenalties() {
        return Stream.of(
                bad("wrong check character", p -> subject(p).put("code", "91110108MA01R7KD84"), "subject.code"),
                bad("placeholder code for a company", p -> subject(p).put("code", "00000000000000000X"),
                        "subject.code"),
                bad("citizen ID for a company", p -> subject(p).put("code", Submissions.CITIZEN), "subject.code"),
                bad("natural person disclosed publicly", p -> {
                    subject(p).put("kind", "NATURAL_PERSON");
                    subject(p).put("code", Submissions.CITIZEN);
                }, "disclosure"),
                bad("decision date in the future", p -> p.put("decisionDate", TODAY.plusDays(5).toString()),
                        "decisionDate"),
                bad("decision date not a date", p -> p.put("decisionDate", "2026/13/45"), "decisionDate"),
                bad("fine amount a word", p -> p.put("fineAmount", "a lot"), "fineAmount"),
                bad("fine amount negative", p -> p.put("fineAmount", -1), "fineAmount"),
                bad("fine without amount", p -> p.remove("fineAmount"), "fineAmount"),
                bad("unknown severity", p -> p.put("severity", "CATASTROPHIC"), "severity"),
                bad("unknown penalty type", p -> p.put("penaltyTypes", List.of("FINE", "PUBLIC_SHAMING")),
                        "penaltyTypes[1]"),
                bad("penalty types not a list", p -> p.put("penaltyTypes", Map.of("a", 1)), "penaltyTypes"),
                bad("missing decision number", p -> p.remove("decisionNumber"), "decisionNumber"),
                bad("blank violation facts", p -> p.put("violationFacts", "   "), "violationFacts"),
                bad("missing subject", p -> p.remove("subject"), "subject"),
                bad("missing subject kind", p -> subject(p).remove("kind"), "subject.kind"),
                bad("bad authority code", p -> p.put("decidingAuthorityCreditCode", "123"),
                        "decidingAuthorityCreditCode"),
                bad("unknown field", p -> p.put("fineAmout", 3), "fineAmout"),
                bad("bad department code", p -> p.put("sourceDepartment", "市场监管局 海淀"), "sourceDepartment"),
                bad("effective before decision", p -> p.put("effectiveUntil", "2000-01-01"), "effectiveUntil"),
                bad("text too long", p -> p.put("violationType", "x".repeat(300)), "violationType"),
                bad("individual business without code or registration number", p -> {
                    subject(p).put("kind", "INDIVIDUAL_BUSINESS");
                    subject(p).put("code", "00000000000000000X");
                }, "subject.registrationNumber"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPenalties")
    void badPenalty_is400ProblemNamingTheField_andStoresNothing(String name, Consumer<Map<String, Object>> spoil,
                                                                 String field) {
        Map<String, Object> penalty = Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("BAD"),
                newCompanyCode(), TODAY);
        spoil.accept(penalty);
        long before = storedEvents();

        HttpJson.Response response = http.post("/api/v1/penalties", penalty);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains(field);
        response.json().get("errors").forEach(e -> assertThat(e.get("reason").asString()).isNotBlank());
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void emptyObject_namesEveryMissingMandatoryField() {
        HttpJson.Response response = http.post("/api/v1/penalties", "{}");

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("sourceDepartment", "subject", "decisionDate", "disclosure", "severity",
                "penaltyTypes", "effectiveUntil");
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("truncated JSON", "{\"sourceDepartment\": \"SAMR\", "),
                Arguments.of("not JSON", "sourceDepartment=SAMR"),
                Arguments.of("an array", "[1, 2, 3]"),
                Arguments.of("JSON null", "null"),
                Arguments.of("empty body", ""),
                Arguments.of("a string", "\"penalty\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void malformedBody_is400Problem_andStoresNothing(String name, String body) {
        long before = storedEvents();

        HttpJson.Response response = http.post("/api/v1/penalties", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isNotBlank();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void tenMegabyteBody_is413Problem_andStoresNothing() {
        long before = storedEvents();
        byte[] body = ("{\"violationFacts\": \"" + "违".repeat(3_500_000) + "\"}").getBytes(
                java.nio.charset.StandardCharsets.UTF_8);

        HttpJson.Response response = http.postBytes("/api/v1/penalties", body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void wrongContentType_is415Problem() {
        HttpJson.Response response = http.post("/api/v1/penalties", "{}", "Content-Type", "text/plain");
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static Stream<Arguments> badPaths() {
        return Stream.of(
                Arguments.of("/api/v1/records/not-a-uuid", 400, "recordId"),
                Arguments.of("/api/v1/records/00000000-0000-0000-0000-000000000000", 404, null),
                Arguments.of("/api/v1/records/00000000-0000-0000-0000-000000000000/disclosure-history", 404, null),
                Arguments.of("/api/v1/subjects/12345/profile", 400, "subjectCode"),
                Arguments.of("/api/v1/subjects/91350100M000100Y43/profile", 404, null),
                Arguments.of("/api/v1/subjects/91350100M000100Y43/events", 404, null),
                Arguments.of("/api/v1/subjects/91350100M000100Y43/events?limit=0", 400, "limit"),
                Arguments.of("/api/v1/subjects/91350100M000100Y43/events?after=x", 400, "after"),
                Arguments.of("/api/v1/departments/!!/statistics", 400, "departmentCode"),
                Arguments.of("/api/v1/departments/SAMR/statistics?from=yesterday", 400, "from"),
                Arguments.of("/api/v1/departments/SAMR/statistics?from=-999999999-01-01", 400, "from"),
                Arguments.of("/api/v1/departments/SAMR/statistics?to=%2B999999999-12-31", 400, "to"),
                Arguments.of("/api/v1/departments/SAMR/statistics?from=2026-02-01&to=2026-01-01", 400, "to"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPaths")
    void badPathOrParameter_isProblemNamingIt(String path, int status, String field) {
        HttpJson.Response response = http.get(path);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
    }

    @Test
    void correctionAndRevocationBodies_areValidatedToo() {
        HttpJson.Response created = http.post("/api/v1/penalties", Submissions.penalty("SAMR-HAIDIAN",
                Submissions.nextSourceId("BADC"), newCompanyCode(), TODAY.minusDays(1)));
        String record = "/api/v1/records/" + created.json().get("recordId").asString();
        long before = storedEvents();

        assertField(http.post(record + "/corrections", map("changes", map(), "reason", "x")), "changes");
        assertField(http.post(record + "/corrections", map("changes", map("fineAmount", 2))), "reason");
        assertField(http.post(record + "/corrections", map("changes", map("decisionDate", "soon"), "reason", "x")),
                "changes.decisionDate");
        assertField(http.post(record + "/corrections", map("changes", map("fineAmount", map("a", 1)), "reason", "x")),
                "changes.fineAmount");
        assertField(http.post(record + "/corrections", map("changes", map("fineAmount", 2), "reason", "x"),
                "If-Match", "yesterday"), "If-Match");
        assertField(http.post(record + "/revocation", map("revokedOn", TODAY.toString(), "reason", "x")),
                "revokingDocumentNumber");
        assertField(http.post(record + "/revocation", map("revokingDocumentNumber", "d", "revokedOn",
                TODAY.minusYears(1).toString(), "reason", "x")), "revokedOn");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static void assertField(HttpJson.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        JsonNode errors = response.json().get("errors");
        errors.forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains(field);
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> spoil, String field) {
        return Arguments.of(name, spoil, field);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> subject(Map<String, Object> penalty) {
        return (Map<String, Object>) penalty.get("subject");
    }
}
