package dev.publiccredit.ledger.api.security;

import dev.publiccredit.ledger.api.support.BatchFiles;
import dev.publiccredit.ledger.api.support.Disputes;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the API, sent by every demo client and without a token: the allowed clients pass (no 401 or
 * 403, no 5xx), every other client gets 403 {@code ACCESS_REFUSED} and no token 401 {@code UNAUTHENTICATED}. The
 * table here is written from the role rows of docs/security.md, independently of SecurityConfiguration; a test also
 * checks that it names every endpoint the application maps.
 */
class AccessMatrixHttpTest extends LedgerApplicationTest {

    static final String SAMR = "samr-haidian";        // DEPARTMENT, SAMR-HAIDIAN: owns the fixture's records
    static final String TAX = "tax-haidian";          // DEPARTMENT, TAX-HAIDIAN: another department
    static final String OFFICE = "credit-office";     // DISPUTE_HANDLER
    static final String AUDITOR = "auditor";
    static final String PUBLIC = "public-portal";
    static final String ADMIN = "platform-admin";
    static final List<String> CLIENTS = List.of(SAMR, TAX, OFFICE, AUDITOR, PUBLIC, ADMIN);
    static final Set<String> EVERY_ROLE = Set.copyOf(CLIENTS);
    static final Set<String> NON_PUBLIC_READERS = Set.of(SAMR, TAX, OFFICE, AUDITOR);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One request to one endpoint; built anew for each client when it changes state. */
    record Call(String method, String path, Object body) {
        static Call get(String path) {
            return new Call("GET", path, "");
        }

        static Call post(String path, Object body) {
            return new Call("POST", path, body);
        }

        static Call put(String path, Object body) {
            return new Call("PUT", path, body);
        }
    }

    /** An endpoint (as mapped: method and pattern), the clients allowed, and how to call it. */
    record Endpoint(String mapping, Set<String> allowed, Function<Fixture, Call> call) {
    }

    /** What the calls refer to: a record of SAMR-HAIDIAN with an objection, a repair application, a listing. */
    final class Fixture {
        final String company = newCompanyCode();
        final String recordId;
        final String oldRecordId;
        final String objectionId;
        final String applicationId;
        final String listingId;
        final String eventId;
        final String authorisationId;

        Fixture() {
            LocalDate today = LocalDate.now(clock);
            recordId = penalty(company, today.minusDays(3));
            oldRecordId = penalty(company, today.minusMonths(6));
            objectionId = created(http.post("/api/v1/records/" + recordId + "/objections",
                    Disputes.objection("金额有误")));
            applicationId = created(http.post("/api/v1/records/" + oldRecordId + "/repair-applications",
                    Disputes.standardRepair()));
            listingId = created(http.post("/api/v1/listings", Submissions.listing("REDLIST", company, today)));
            authorisationId = authorisation(TAX);
            eventId = http.get("/api/v1/subjects/" + company + "/events").json().get("events").get(0)
                    .get("eventId").asString();
        }

        String penalty(String subject, LocalDate decided) {
            return created(http.post("/api/v1/penalties",
                    Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("ACL"), subject, decided)));
        }

        /** A new authorisation of the fixture's company, registered by the department client {@code client}. */
        String authorisation(String client) {
            LocalDate today = LocalDate.now(clock);
            return created(http.as(client).post("/api/v1/subjects/" + company + "/authorisations",
                    Submissions.authorisation(today, today.plusMonths(6))));
        }

        private String rebuild;
        private String batch;

        /** A small batch file uploaded by SAMR-HAIDIAN (uploaded once). */
        String batch() {
            if (batch == null) {
                byte[] file = BatchFiles.csv(BatchFiles.PENALTY_HEADINGS, List.of(BatchFiles.penaltyRow(
                        "SAMR-HAIDIAN", Submissions.nextSourceId("ACL"), company, LocalDate.now(clock))))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                HttpJson.Response uploaded = http.as(SAMR).postRaw("/api/v1/batches", file, "text/csv");
                assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(202);
                batch = uploaded.json().get("batchId").asString();
            }
            return batch;
        }

        /** The progress path of a rebuild started by the admin (started once). */
        String rebuild() {
            if (rebuild == null) {
                HttpJson.Response started = http.as(ADMIN).post("/api/v1/admin/projections/rebuild", "");
                assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
                rebuild = started.header("Location");
            }
            return rebuild;
        }

        /** Waits until the rebuild is done, so that it does not overlap the tests that follow. */
        void awaitRebuild() throws InterruptedException {
            if (rebuild == null) {
                return;
            }
            for (int i = 0; i < 600; i++) {
                String state = http.as(ADMIN).get(rebuild).json().get("state").asString();
                if (state.equals("DONE") || state.equals("FAILED")) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the rebuild did not finish");
        }

        String freshRecord() {
            return penalty(company, LocalDate.now(clock).minusDays(2));
        }
    }

    private static String created(HttpJson.Response response) {
        assertThat(response.status()).as(response.raw().body()).isIn(200, 201, 202);
        String location = response.header("Location");
        if (location != null) {
            return location.substring(location.lastIndexOf('/') + 1);
        }
        return response.json().get("id").asString();
    }

    List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        // records: written by their own department only
        all.add(new Endpoint("POST /api/v1/penalties", Set.of(SAMR), f -> Call.post("/api/v1/penalties",
                Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("ACL"), f.company,
                        LocalDate.now(clock).minusDays(1)))));
        all.add(new Endpoint("POST /api/v1/licences", Set.of(SAMR), f -> Call.post("/api/v1/licences",
                Submissions.licence("SAMR-HAIDIAN", Submissions.nextSourceId("ACL"), f.company,
                        LocalDate.now(clock).minusDays(1)))));
        all.add(new Endpoint("POST /api/v1/records/{recordId}/corrections", Set.of(SAMR),
                f -> Call.post("/api/v1/records/" + f.freshRecord() + "/corrections",
                        map("changes", map("penaltyContent", "警告，罚款2万元"), "reason", "金额录入错误"))));
        all.add(new Endpoint("POST /api/v1/records/{recordId}/revocation", Set.of(SAMR),
                f -> Call.post("/api/v1/records/" + f.freshRecord() + "/revocation",
                        map("revokingDocumentNumber", "京海市监撤〔2026〕1号", "revokedOn",
                                LocalDate.now(clock).toString(), "reason", "复议撤销"))));
        all.add(new Endpoint("GET /api/v1/records/{recordId}", NON_PUBLIC_READERS,
                f -> Call.get("/api/v1/records/" + f.recordId)));
        all.add(new Endpoint("GET /api/v1/records/{recordId}/disclosure-history", NON_PUBLIC_READERS,
                f -> Call.get("/api/v1/records/" + f.recordId + "/disclosure-history")));
        all.add(new Endpoint("GET /api/v1/records/{recordId}/repair-notice", NON_PUBLIC_READERS,
                f -> Call.get("/api/v1/records/" + f.recordId + "/repair-notice")));
        // objections and repair: the dispute handler works them; the record's department and auditors read them
        all.add(new Endpoint("POST /api/v1/records/{recordId}/objections", Set.of(OFFICE),
                f -> Call.post("/api/v1/records/" + f.freshRecord() + "/objections", Disputes.objection("有误"))));
        all.add(new Endpoint("GET /api/v1/objections/{objectionId}", Set.of(SAMR, OFFICE, AUDITOR),
                f -> Call.get("/api/v1/objections/" + f.objectionId)));
        for (String step : List.of("forwarding", "extension", "decision", "review")) {
            all.add(new Endpoint("POST /api/v1/objections/{objectionId}/" + step, Set.of(OFFICE),
                    f -> Call.post("/api/v1/objections/" + f.objectionId + "/" + step, map())));
        }
        all.add(new Endpoint("POST /api/v1/records/{recordId}/repair-applications", Set.of(OFFICE),
                f -> Call.post("/api/v1/records/" + f.oldRecordId + "/repair-applications",
                        Disputes.standardRepair())));
        all.add(new Endpoint("GET /api/v1/repair-applications/{applicationId}", Set.of(SAMR, OFFICE, AUDITOR),
                f -> Call.get("/api/v1/repair-applications/" + f.applicationId)));
        for (String step : List.of("acceptance", "decision", "revocation", "finalisation")) {
            all.add(new Endpoint("POST /api/v1/repair-applications/{applicationId}/" + step, Set.of(OFFICE),
                    f -> Call.post("/api/v1/repair-applications/" + f.applicationId + "/" + step, map())));
        }
        all.add(new Endpoint("GET /api/v1/cases", NON_PUBLIC_READERS, f -> Call.get("/api/v1/cases")));
        // lists and measures
        all.add(new Endpoint("POST /api/v1/listings", Set.of(SAMR), f -> Call.post("/api/v1/listings",
                Submissions.listing("REDLIST", f.company, LocalDate.now(clock)))));
        all.add(new Endpoint("POST /api/v1/listings/{listingId}/decision", Set.of(SAMR),
                f -> Call.post("/api/v1/listings/" + f.listingId + "/decision", map(
                        "documentNumber", "京海市监列〔2026〕1号", "decidedOn", LocalDate.now(clock).toString()))));
        all.add(new Endpoint("POST /api/v1/listings/{listingId}/removal", Set.of(SAMR),
                f -> Call.post("/api/v1/listings/" + created(http.post("/api/v1/listings",
                        Submissions.listing("REDLIST", f.company, LocalDate.now(clock)))) + "/removal",
                        map("reason", "CONDITIONS_MET", "explanation", "已整改", "removedOn",
                                LocalDate.now(clock).toString()))));
        all.add(new Endpoint("GET /api/v1/listings/{listingId}", NON_PUBLIC_READERS,
                f -> Call.get("/api/v1/listings/" + f.listingId)));
        all.add(new Endpoint("GET /api/v1/subjects/{subjectCode}/measures", NON_PUBLIC_READERS,
                f -> Call.get("/api/v1/subjects/" + f.company + "/measures")));
        all.add(new Endpoint("GET /api/v1/measures", EVERY_ROLE, f -> Call.get("/api/v1/measures")));
        // subjects
        all.add(new Endpoint("GET /api/v1/subjects/{subjectCode}/profile", NON_PUBLIC_READERS,
                f -> Call.get("/api/v1/subjects/" + f.company + "/profile")));
        all.add(new Endpoint("GET /api/v1/subjects/{subjectCode}/profile?asOf", Set.of(AUDITOR),
                f -> Call.get("/api/v1/subjects/" + f.company + "/profile?asOf=" + clock.instant())));
        all.add(new Endpoint("GET /api/v1/subjects/{subjectCode}/profile?validOn", Set.of(AUDITOR),
                f -> Call.get("/api/v1/subjects/" + f.company + "/profile?validOn=" + LocalDate.now(clock))));
        all.add(new Endpoint("GET /api/v1/subjects/{subjectCode}/events", Set.of(AUDITOR),
                f -> Call.get("/api/v1/subjects/" + f.company + "/events")));
        // the access log: auditors; departments only with the subject's authorisation: the fixture's TAX-HAIDIAN
        // holds one, SAMR-HAIDIAN none (this row comes before the authorisation rows, which register more)
        all.add(new Endpoint("GET /api/v1/subjects/{subjectCode}/access-log", Set.of(TAX, AUDITOR),
                f -> Call.get("/api/v1/subjects/" + f.company + "/access-log")));
        all.add(new Endpoint("GET /api/v1/public/subjects/{subjectCode}", EVERY_ROLE,
                f -> Call.get("/api/v1/public/subjects/" + f.company)));
        all.add(new Endpoint("GET /api/v1/public/subjects/{subjectCode}?asOf", Set.of(AUDITOR),
                f -> Call.get("/api/v1/public/subjects/" + f.company + "?asOf=" + clock.instant())));
        // subject authorisations: registered by the grantee department; another department's answer 404
        all.add(new Endpoint("POST /api/v1/subjects/{subjectCode}/authorisations", Set.of(SAMR, TAX),
                f -> Call.post("/api/v1/subjects/" + f.company + "/authorisations",
                        Submissions.authorisation(LocalDate.now(clock), LocalDate.now(clock).plusMonths(6)))));
        all.add(new Endpoint("GET /api/v1/subjects/{subjectCode}/authorisations", NON_PUBLIC_READERS,
                f -> Call.get("/api/v1/subjects/" + f.company + "/authorisations")));
        all.add(new Endpoint("GET /api/v1/authorisations/{authorisationId}", NON_PUBLIC_READERS,
                f -> Call.get("/api/v1/authorisations/" + f.authorisationId)));
        all.add(new Endpoint("POST /api/v1/authorisations/{authorisationId}/revocation", Set.of(SAMR, TAX, OFFICE),
                f -> Call.post("/api/v1/authorisations/" + f.authorisation(TAX) + "/revocation",
                        map("reason", "主体书面撤回授权", "revokedOn", LocalDate.now(clock).toString()))));
        all.add(new Endpoint("GET /api/v1/departments/{departmentCode}/statistics", Set.of(SAMR, AUDITOR, ADMIN),
                f -> Call.get("/api/v1/departments/SAMR-HAIDIAN/statistics")));
        // the tamper-evident log
        all.add(new Endpoint("GET /api/v1/audit/tree-head", EVERY_ROLE, f -> Call.get("/api/v1/audit/tree-head")));
        all.add(new Endpoint("POST /api/v1/audit/tree-head", Set.of(AUDITOR, ADMIN),
                f -> Call.post("/api/v1/audit/tree-head", "")));
        all.add(new Endpoint("GET /api/v1/audit/public-key", EVERY_ROLE,
                f -> Call.get("/api/v1/audit/public-key")));
        all.add(new Endpoint("GET /api/v1/audit/proofs/inclusion", Set.of(AUDITOR),
                f -> Call.get("/api/v1/audit/proofs/inclusion?eventId=" + f.eventId)));
        all.add(new Endpoint("GET /api/v1/audit/proofs/consistency", Set.of(AUDITOR),
                f -> Call.get("/api/v1/audit/proofs/consistency?from=1&to=1")));
        all.add(new Endpoint("POST /api/v1/audit/verification", Set.of(AUDITOR),
                f -> Call.post("/api/v1/audit/verification", "")));
        all.add(new Endpoint("GET /api/v1/audit/verification/{verificationId}", Set.of(AUDITOR),
                f -> Call.get("/api/v1/audit/verification/" + http.post("/api/v1/audit/verification", "").json()
                        .get("id").asString())));
        // configuration data: the admin's; the calendar and the rules in force also for those who work with deadlines
        all.add(new Endpoint("GET /api/v1/admin/calendar", Set.of(SAMR, TAX, OFFICE, AUDITOR, ADMIN),
                f -> Call.get("/api/v1/admin/calendar?year=2026")));
        all.add(new Endpoint("GET /api/v1/admin/policies", Set.of(SAMR, TAX, OFFICE, AUDITOR, ADMIN),
                f -> Call.get("/api/v1/admin/policies")));
        all.add(new Endpoint("GET /api/v1/admin/measures", Set.of(AUDITOR, ADMIN),
                f -> Call.get("/api/v1/admin/measures")));
        all.add(new Endpoint("POST /api/v1/admin/measures", Set.of(ADMIN),
                f -> Call.post("/api/v1/admin/measures", republishedCatalogue())));
        all.add(new Endpoint("PUT /api/v1/admin/calendar/{year}", Set.of(ADMIN),
                f -> Call.put("/api/v1/admin/calendar/2026", republished2026())));
        // bulk files: departments upload (rows of another department are rejected row by row); auditors read
        all.add(new Endpoint("POST /api/v1/batches", Set.of(SAMR, TAX),
                f -> Call.post("/api/v1/batches", "not a file")));
        all.add(new Endpoint("GET /api/v1/batches/{batchId}", Set.of(SAMR, TAX, AUDITOR),
                f -> Call.get("/api/v1/batches/" + f.batch())));
        all.add(new Endpoint("GET /api/v1/batches/{batchId}/errors", Set.of(SAMR, TAX, AUDITOR),
                f -> Call.get("/api/v1/batches/" + f.batch() + "/errors")));
        // rebuilding the projections: the admin's (last: the rebuild started here is awaited at the end)
        // (the GET row starts the rebuild; the admin's POST then finds it running: 409, allowed)
        all.add(new Endpoint("GET /api/v1/admin/projections/rebuild/{id}", Set.of(ADMIN),
                f -> Call.get(f.rebuild())));
        all.add(new Endpoint("POST /api/v1/admin/projections/rebuild", Set.of(ADMIN),
                f -> Call.post("/api/v1/admin/projections/rebuild", "")));
        return all;
    }

    @Test
    void everyEndpoint_answersEveryRole_asItsRowSays() throws InterruptedException {
        Fixture fixture = new Fixture();
        Map<String, List<String>> wrong = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints()) {
            for (String client : CLIENTS) {
                HttpJson.Response response = send(http.as(client), endpoint.call().apply(fixture));
                boolean allowed = endpoint.allowed().contains(client);
                boolean ok = allowed
                        ? response.status() != 401 && response.status() != 403 && response.status() < 500
                        : response.status() == 403 && response.contentType().startsWith("application/problem+json")
                        && "ACCESS_REFUSED".equals(response.json().get("code").asString());
                if (!ok) {
                    wrong.computeIfAbsent(endpoint.mapping(), k -> new ArrayList<>()).add(client + " got "
                            + response.status() + " " + response.raw().body());
                }
            }
            HttpJson.Response anonymous = send(http.anonymous(), endpoint.call().apply(fixture));
            if (anonymous.status() != 401 || !"UNAUTHENTICATED".equals(anonymous.json().get("code").asString())
                    || anonymous.header("WWW-Authenticate") == null) {
                wrong.computeIfAbsent(endpoint.mapping(), k -> new ArrayList<>())
                        .add("no token got " + anonymous.status());
            }
        }
        fixture.awaitRebuild();
        assertThat(wrong).isEmpty();
    }

    @Test
    void theTable_namesEveryMappedEndpoint() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        }
        Set<String> inTable = new TreeSet<>();
        endpoints().forEach(e -> inTable.add(e.mapping().replaceAll("\\?.*", "")));
        assertThat(inTable).isEqualTo(mapped);
    }

    @Test
    void openEndpoints_needNoToken_andAStrangerGetsNoToken() {
        HttpJson.Response health = http.anonymous().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().has("components")).as("no details without a token").isFalse();
        assertThat(http.as(AUDITOR).get("/actuator/health").json().get("components").has("projections")).isTrue();
        assertThat(http.as(PUBLIC).get("/actuator/health").json().has("components")).isFalse();
        HttpJson.Response docs = http.anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("components").get("securitySchemes").get("clientCredentials").get("flows")
                .get("clientCredentials").get("tokenUrl").asString()).isEqualTo("/oauth2/token");
        HttpJson.Response forged = http.get("/api/v1/measures", "Authorization", "Bearer not.a.token");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    /** The calendar of 2026 as it stands: publishing it again stores nothing. */
    private Map<String, Object> republished2026() {
        var year = http.get("/api/v1/admin/calendar?year=2026").json().get("years").get(0);
        return map("sourceDocument", year.get("sourceDocument").asString(), "days", year.get("days"));
    }

    /** The current catalogue version as it stands: publishing it again stores nothing. */
    private Map<String, Object> republishedCatalogue() {
        var versions = http.get("/api/v1/admin/measures").json().get("versions");
        var current = versions.get(versions.size() - 1);
        return map("version", current.get("version").asString(), "sourceDocument",
                current.get("sourceDocument").asString(), "measures", current.get("measures"));
    }

    private static HttpJson.Response send(HttpJson as, Call call) {
        if (call.method().equals("PUT")) {
            return as.put(call.path(), call.body());
        }
        return call.method().equals("GET") ? as.get(call.path()) : as.post(call.path(), call.body());
    }
}
