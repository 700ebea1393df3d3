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
import java.util.UUID;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static dev.publiccredit.ledger.api.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case queue over real HTTP. Each test uses its own department, so it sees only its own cases in the shared
 * database. Raised on Thursday 2026-02-12, an objection is due on 2026-02-26 (5 working days across the Spring
 * Festival); a repair application is due for acceptance on 2026-02-24 (3 working days).
 */
class CaseQueueHttpTest extends LedgerApplicationTest {

    private static final LocalDate RAISED = LocalDate.of(2026, 2, 12);

    private String department;
    private String position;

    @BeforeEach
    void standOnTheRaisingDay() {
        clock.setDate(RAISED);
        department = "SAMR-Q" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private String penalty() {
        HttpJson.Response created = http.post("/api/v1/penalties", Submissions.penalty(department,
                Submissions.nextSourceId("Q"), newCompanyCode(), LocalDate.of(2025, 6, 10)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("recordId").asString();
    }

    private String written(HttpJson.Response response) {
        assertThat(response.status()).as(response.raw().body()).isIn(200, 201);
        position = response.header("X-Ledger-Position");
        return response.json().get("caseId").asString();
    }

    private String raise() {
        return written(http.post("/api/v1/records/" + penalty() + "/objections", Disputes.objection("金额有误")));
    }

    private JsonNode queue(String query) {
        HttpJson.Response response = http.get("/api/v1/cases?" + query, "X-Ledger-Await-Position", position);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("caseId").asString()).toList();
    }

    @Test
    void anOpenObjection_becomesOverdue_theDayAfterItsDueDate() {
        String objection = raise();
        String query = "type=OBJECTION&department=" + department + "&overdue=";

        clock.setDate(LocalDate.of(2026, 2, 26));
        assertThat(queue(query + "true").get("total").asLong()).isZero();
        assertThat(ids(queue(query + "false"))).containsExactly(objection);

        clock.setDate(LocalDate.of(2026, 2, 27));
        JsonNode overdue = queue(query + "true");
        assertThat(overdue.get("total").asLong()).isEqualTo(1);
        assertThat(overdue.get("asOf").asString()).isEqualTo("2026-02-27");
        JsonNode item = overdue.get("items").get(0);
        assertThat(item.get("caseId").asString()).isEqualTo(objection);
        assertThat(item.get("overdue").asBoolean()).isTrue();
        assertThat(item.get("due").asString()).isEqualTo("DECISION");
        assertThat(item.get("dueOn").asString()).isEqualTo("2026-02-26");
        assertThat(item.get("status").asString()).isEqualTo("OPEN");
        assertThat(queue(query + "false").get("total").asLong()).isZero();
        assertThat(http.get("/api/v1/objections/" + objection).json().get("overdue").asBoolean()).isTrue();
    }

    @Test
    void queue_earliestDueFirst_filteredAndPaged() {
        String first = raise();
        String application = written(http.post("/api/v1/records/" + penalty() + "/repair-applications",
                Disputes.standardRepair()));
        clock.setDate(LocalDate.of(2026, 2, 24));
        // 5 working days from 2/24: 2/25, 2/26, 2/27, 2/28 (make-up Saturday), 3/2
        String second = raise();

        JsonNode all = queue("department=" + department);
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(all.get("page").asInt()).isZero();
        assertThat(all.get("size").asInt()).isEqualTo(20);
        assertThat(ids(all)).containsExactly(application, first, second);
        assertThat(all.get("items").valueStream().map(i -> i.get("dueOn").asString()).toList())
                .containsExactly("2026-02-24", "2026-02-26", "2026-03-02");
        assertThat(all.get("items").get(0).get("type").asString()).isEqualTo("REPAIR");
        assertThat(all.get("items").get(0).get("due").asString()).isEqualTo("ACCEPTANCE");

        JsonNode secondPage = queue("department=" + department + "&size=2&page=1");
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
        assertThat(ids(secondPage)).containsExactly(second);
        assertThat(ids(queue("department=" + department + "&type=REPAIR"))).containsExactly(application);
        assertThat(ids(queue("department=" + department + "&status=APPLIED"))).containsExactly(application);
        assertThat(ids(queue("department=" + department + "&status=open,applied"))).hasSize(3);

        String to = "TAX-Q" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        written(http.post("/api/v1/objections/" + first + "/forwarding", map("toDepartment", to)));
        assertThat(ids(queue("department=" + department))).containsExactly(application, second);
        JsonNode forwarded = queue("department=" + to + "&status=FORWARDED");
        assertThat(ids(forwarded)).containsExactly(first);
        assertThat(forwarded.get("items").get(0).get("department").asString()).isEqualTo(to);
    }

    @Test
    void openApiDescription_listsTheDisputePaths() {
        HttpJson.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/records/{recordId}/objections",
                "/api/v1/objections/{objectionId}", "/api/v1/objections/{objectionId}/forwarding",
                "/api/v1/objections/{objectionId}/extension", "/api/v1/objections/{objectionId}/decision",
                "/api/v1/objections/{objectionId}/review", "/api/v1/records/{recordId}/repair-notice",
                "/api/v1/records/{recordId}/repair-applications", "/api/v1/repair-applications/{applicationId}",
                "/api/v1/repair-applications/{applicationId}/acceptance",
                "/api/v1/repair-applications/{applicationId}/decision",
                "/api/v1/repair-applications/{applicationId}/revocation",
                "/api/v1/repair-applications/{applicationId}/finalisation", "/api/v1/cases");
    }

    @Test
    void badQueries_get400NamingTheParameter() {
        assertThat(errorFields(http.get("/api/v1/cases?type=COMPLAINT"))).containsExactly("type");
        assertThat(errorFields(http.get("/api/v1/cases?status=PENDING"))).containsExactly("status");
        assertThat(errorFields(http.get("/api/v1/cases?type=OBJECTION&status=GRANTED"))).containsExactly("status");
        assertThat(errorFields(http.get("/api/v1/cases?overdue=maybe"))).containsExactly("overdue");
        assertThat(errorFields(http.get("/api/v1/cases?department=%E7%A8%8E%20%E5%B1%80")))
                .containsExactly("department");
        assertThat(errorFields(http.get("/api/v1/cases?size=0"))).containsExactly("size");
        assertThat(errorFields(http.get("/api/v1/cases?size=101"))).containsExactly("size");
        assertThat(errorFields(http.get("/api/v1/cases?page=-1"))).containsExactly("page");
        assertThat(errorFields(http.get("/api/v1/cases?page=first"))).containsExactly("page");
        assertThat(errorFields(http.get("/api/v1/cases", "X-Ledger-Await-Position", "soon")))
                .containsExactly("X-Ledger-Await-Position");
    }
}
