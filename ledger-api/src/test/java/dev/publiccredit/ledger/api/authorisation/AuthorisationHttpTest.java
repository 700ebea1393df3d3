package dev.publiccredit.ledger.api.authorisation;

import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Registering, reading and revoking subject authorisations over HTTP. */
class AuthorisationHttpTest extends LedgerApplicationTest {

    final String company = newCompanyCode();

    private HttpJson.Response register(String client, Map<String, Object> body) {
        return http.as(client).post("/api/v1/subjects/" + company + "/authorisations", body);
    }

    private static List<String> fields(HttpJson.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void register_answers201WithLocation_andTheSameDocumentAgain200_storingNothing() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> body = Submissions.authorisation(today, today.plusMonths(3));

        HttpJson.Response first = register("tax-haidian", body);
        long events = storedEvents();
        HttpJson.Response again = register("tax-haidian", body);

        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        String id = first.json().get("authorisationId").asString();
        assertThat(first.header("Location")).isEqualTo("/api/v1/authorisations/" + id);
        assertThat(first.json().get("grantee").asString()).isEqualTo("TAX-HAIDIAN");
        assertThat(first.json().get("status").asString()).isEqualTo("VALID");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("authorisationId").asString()).isEqualTo(id);
        assertThat(storedEvents()).isEqualTo(events);
        // the grantee, the office and the auditor read it; another department does not know it
        assertThat(http.as("tax-haidian").get("/api/v1/authorisations/" + id).status()).isEqualTo(200);
        assertThat(http.as("credit-office").get("/api/v1/authorisations/" + id).status()).isEqualTo(200);
        assertThat(http.as("auditor").get("/api/v1/authorisations/" + id).status()).isEqualTo(200);
        assertThat(http.as("samr-haidian").get("/api/v1/authorisations/" + id).status()).isEqualTo(404);
        assertThat(http.as("samr-haidian").get("/api/v1/subjects/" + company + "/authorisations").json()
                .get("authorisations").size()).isZero();
        assertThat(http.as("auditor").get("/api/v1/subjects/" + company + "/authorisations").json()
                .get("authorisations").size()).isEqualTo(1);
    }

    @Test
    void badInput_isA400NamingEachField_andStoresNothing() {
        LocalDate today = LocalDate.now(clock);
        long events = storedEvents();

        HttpJson.Response missing = register("tax-haidian", map("purpose", " "));
        Map<String, Object> tooLong = Submissions.authorisation(today, today.plusYears(1));
        HttpJson.Response period = register("tax-haidian", tooLong);
        Map<String, Object> natural = Submissions.authorisation(today, today.plusMonths(1));
        natural.put("subjectKind", "NATURAL_PERSON");
        HttpJson.Response kind = register("tax-haidian", natural);
        HttpJson.Response badCode = http.as("tax-haidian").post("/api/v1/subjects/123/authorisations",
                Submissions.authorisation(today, today.plusMonths(1)));
        HttpJson.Response badId = http.as("tax-haidian").post("/api/v1/authorisations/nope/revocation",
                map("reason", "撤回", "revokedOn", today.toString()));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("subjectKind", "purpose", "documentReference", "validFrom",
                "expiresOn");
        assertThat(period.status()).isEqualTo(400);
        assertThat(fields(period)).containsExactly("expiresOn");
        assertThat(fields(kind)).containsExactly("subjectCode");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(fields(badCode)).containsExactly("subjectCode");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(fields(badId)).containsExactly("authorisationId");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void revocation_byTheOffice_onTheSubjectsWithdrawal_once() {
        LocalDate today = LocalDate.now(clock);
        String id = register("tax-haidian", Submissions.authorisation(today, today.plusMonths(3))).json()
                .get("authorisationId").asString();
        long events = storedEvents();

        HttpJson.Response future = http.as("credit-office").post("/api/v1/authorisations/" + id + "/revocation",
                map("reason", "主体书面撤回授权", "revokedOn", today.plusDays(1).toString()));
        HttpJson.Response otherDepartment = http.as("samr-haidian").post("/api/v1/authorisations/" + id
                + "/revocation", map("reason", "撤回", "revokedOn", today.toString()));
        assertThat(storedEvents()).isEqualTo(events);
        HttpJson.Response revoked = http.as("credit-office").post("/api/v1/authorisations/" + id + "/revocation",
                map("reason", "主体书面撤回授权", "revokedOn", today.toString()));
        HttpJson.Response again = http.as("tax-haidian").post("/api/v1/authorisations/" + id + "/revocation",
                map("reason", "再次撤回", "revokedOn", today.toString()));

        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future)).containsExactly("revokedOn");
        assertThat(otherDepartment.status()).isEqualTo(404);
        assertThat(revoked.status()).as(revoked.raw().body()).isEqualTo(200);
        assertThat(revoked.json().get("revocationReason").asString()).isEqualTo("主体书面撤回授权");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("AUTHORISATION_REVOKED");
        assertThat(storedEvents()).isEqualTo(events + 1);
    }
}
