package dev.publiccredit.ledger.api.authorisation;

import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each role sees of a subject with one PUBLIC, one SHARED and one AUTHORIZED penalty of SAMR-HAIDIAN
 * (docs/disclosure.md), through the profile and the record endpoints, before and after an authorisation of
 * TAX-HAIDIAN, after its revocation and after its expiry.
 */
class DisclosureByRoleHttpTest extends LedgerApplicationTest {

    static final String SAMR = "samr-haidian";
    static final String TAX = "tax-haidian";

    String company;
    String publicRecord;
    String sharedRecord;
    String authorizedRecord;
    long position;

    @BeforeEach
    void threeRecords() {
        company = newCompanyCode();
        LocalDate decided = LocalDate.now(clock).minusDays(2);
        publicRecord = penalty("PUBLIC", decided, "警告，罚款1.5万元；法定代表人身份证440308200001011234");
        sharedRecord = penalty("SHARED", decided, "警告，罚款2万元");
        authorizedRecord = penalty("AUTHORIZED", decided, "警告，罚款3万元");
    }

    private String penalty(String disclosure, LocalDate decided, String content) {
        Map<String, Object> body = Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("DIS"), company,
                decided);
        body.put("disclosure", disclosure);
        body.put("penaltyContent", content);
        HttpJson.Response response = http.post("/api/v1/penalties", body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        position = Math.max(position, Long.parseLong(response.header("X-Ledger-Position")));
        return response.json().get("recordId").asString();
    }

    /** The record ids in the caller's profile, after checking that the counts agree with the records shown. */
    private Set<String> profile(String client) {
        HttpJson.Response response = http.as(client).get("/api/v1/subjects/" + company + "/profile",
                "X-Ledger-Await-Position", Long.toString(position));
        if (response.status() == 404) {
            return Set.of();
        }
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        JsonNode json = response.json();
        Set<String> ids = new TreeSet<>();
        json.get("penalties").forEach(r -> ids.add(r.get("recordId").asString()));
        json.get("licences").forEach(r -> ids.add(r.get("recordId").asString()));
        assertThat(json.get("counts").get("penalties").asInt()).isEqualTo(json.get("penalties").size());
        assertThat(json.get("counts").get("inPublicity").asInt()).isEqualTo(ids.size());
        return ids;
    }

    /** The records the client can read one by one; every other answers 404, never 403 or 200. */
    private Set<String> readable(String client) {
        Set<String> ids = new TreeSet<>();
        for (String id : List.of(publicRecord, sharedRecord, authorizedRecord)) {
            for (String path : List.of("", "/disclosure-history", "/repair-notice")) {
                HttpJson.Response response = http.as(client).get("/api/v1/records/" + id + path);
                assertThat(response.status()).as(client + " " + path + " " + response.raw().body()).isIn(200, 404);
                if (response.status() == 200) {
                    ids.add(id);
                } else {
                    assertThat(ids).as("visible by one endpoint, hidden by another").doesNotContain(id);
                }
            }
        }
        return ids;
    }

    private Set<String> all() {
        return Set.of(publicRecord, sharedRecord, authorizedRecord);
    }

    private String authorise(LocalDate from, LocalDate to) {
        HttpJson.Response response = http.as(TAX).post("/api/v1/subjects/" + company + "/authorisations",
                Submissions.authorisation(from, to));
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        position = Math.max(position, Long.parseLong(response.header("X-Ledger-Position")));
        return response.json().get("authorisationId").asString();
    }

    @Test
    void eachRole_seesTheClassesItsRowAllows() {
        assertThat(profile(SAMR)).isEqualTo(all());
        assertThat(readable(SAMR)).isEqualTo(all());
        assertThat(profile("auditor")).isEqualTo(all());
        assertThat(readable("auditor")).isEqualTo(all());
        assertThat(profile(TAX)).containsExactlyInAnyOrder(publicRecord, sharedRecord);
        assertThat(readable(TAX)).containsExactlyInAnyOrder(publicRecord, sharedRecord);
        // the dispute handler: profiles as a department without records; any record read on its own
        assertThat(profile("credit-office")).containsExactlyInAnyOrder(publicRecord, sharedRecord);
        assertThat(readable("credit-office")).isEqualTo(all());
    }

    @Test
    void anAuthorisation_showsTheAuthorizedRecord_untilItIsRevoked() {
        LocalDate today = LocalDate.now(clock);
        String id = authorise(today, today.plusMonths(6));

        assertThat(profile(TAX)).isEqualTo(all());
        assertThat(readable(TAX)).isEqualTo(all());
        // another department still does not see it
        assertThat(http.asDepartment("HRSS-HAIDIAN").get("/api/v1/records/" + authorizedRecord).status())
                .isEqualTo(404);

        HttpJson.Response revoked = http.as(TAX).post("/api/v1/authorisations/" + id + "/revocation",
                map("reason", "主体书面撤回授权", "revokedOn", today.toString()));
        assertThat(revoked.status()).as(revoked.raw().body()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");

        assertThat(profile(TAX)).containsExactlyInAnyOrder(publicRecord, sharedRecord);
        assertThat(readable(TAX)).containsExactlyInAnyOrder(publicRecord, sharedRecord);
    }

    @Test
    void theQueryLog_namesTheAuthorisationARead_reliedOn_andTheAuthorisedDepartmentReadsTheAccessLog() {
        HttpJson.Response before = http.as(TAX).get("/api/v1/subjects/" + company + "/access-log");
        assertThat(before.status()).as("no authorisation yet").isEqualTo(403);
        assertThat(profile(TAX)).hasSize(2);
        LocalDate today = LocalDate.now(clock);
        String id = authorise(today, today.plusMonths(6));
        HttpJson.Response read = http.as(TAX).get("/api/v1/records/" + authorizedRecord,
                "X-Access-Purpose", "%E8%A1%8C%E6%94%BF%E8%AE%B8%E5%8F%AF%E5%AE%A1%E6%9F%A5");
        assertThat(read.status()).isEqualTo(200);

        HttpJson.Response log = http.as(TAX).get("/api/v1/subjects/" + company + "/access-log");
        assertThat(log.status()).as(log.raw().body()).isEqualTo(200);
        List<JsonNode> taxEntries = new ArrayList<>();
        log.json().get("entries").forEach(e -> {
            if (e.get("clientId").asString().equals(TAX)) {
                taxEntries.add(e);
            }
        });
        JsonNode recordRead = taxEntries.stream().filter(e -> e.get("view").asString().equals("RECORD"))
                .findFirst().orElseThrow();
        assertThat(recordRead.get("resource").asString()).isEqualTo(authorizedRecord);
        assertThat(recordRead.get("authorisationId").asString()).isEqualTo(id);
        assertThat(recordRead.get("purpose").asString()).isEqualTo("行政许可审查");
        JsonNode profileRead = taxEntries.stream().filter(e -> e.get("view").asString().equals("PROFILE"))
                .findFirst().orElseThrow();
        assertThat(profileRead.get("authorisationId").isNull()).as("read before the authorisation").isTrue();
    }

    @Test
    void anAuthorisation_endsAfterItsLastDay() {
        LocalDate today = LocalDate.now(clock);
        authorise(today, today.plusDays(10));

        clock.setDate(today.plusDays(10));
        assertThat(readable(TAX)).isEqualTo(all());

        clock.setDate(today.plusDays(11));
        assertThat(profile(TAX)).containsExactlyInAnyOrder(publicRecord, sharedRecord);
        assertThat(readable(TAX)).containsExactlyInAnyOrder(publicRecord, sharedRecord);
    }

    @Test
    void anAuthorisationNotYetValid_showsNothingMore() {
        LocalDate today = LocalDate.now(clock);
        authorise(today.plusDays(5), today.plusMonths(1));

        assertThat(readable(TAX)).containsExactlyInAnyOrder(publicRecord, sharedRecord);
    }

    @Test
    void thePublic_seesOnlyThePublicRecord_withTheIdMasked() {
        HttpJson.Response response = http.as("public-portal").get("/api/v1/public/subjects/" + company,
                "X-Ledger-Await-Position", Long.toString(position));

        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        List<String> shown = new ArrayList<>();
        response.json().get("penalties").forEach(r -> shown.add(r.get("recordId").asString()));
        assertThat(shown).containsExactly(publicRecord);
        assertThat(response.json().get("penalties").get(0).get("summary").asString())
                .isEqualTo("警告，罚款1.5万元；法定代表人身份证440308********1234");
        assertThat(response.raw().body()).doesNotContain("440308200001011234");
        // and no record or history of its own
        assertThat(http.as("public-portal").get("/api/v1/records/" + publicRecord).status()).isEqualTo(403);
        assertThat(http.as("public-portal").get("/api/v1/subjects/" + company + "/events").status())
                .isEqualTo(403);
    }
}
