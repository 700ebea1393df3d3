package dev.publiccredit.ledger.api.admin;

import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Problems;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Publishing a catalogue version; in an application of its own, as it changes the measures of new listings. */
@TestPropertySource(properties = "test.application=admin-measures")
class AdminMeasuresHttpTest extends LedgerApplicationTest {

    static Map<String, Object> measure(String code, String kind, String type, String duration) {
        return map("code", code, "kind", kind, "type", type, "description", "措施 " + code,
                "legalBasis", "《测试依据》第一条", "maximumDuration", duration);
    }

    static Map<String, Object> catalogue(String version, Object... measures) {
        return map("version", version, "sourceDocument", "test notice", "measures", List.of(measures));
    }

    @Test
    void aNewVersion_appliesToListingsFromThenOn_andStoredListingsKeepTheirMeasures() {
        LocalDate today = LocalDate.now(clock);
        String earlier = newCompanyCode();
        HttpJson.Response before = http.post("/api/v1/listings", Submissions.listing("REDLIST", earlier, today));
        assertThat(before.json().toString()).contains("GREEN_CHANNEL");

        HttpJson.Response published = http.post("/api/v1/admin/measures", catalogue("test-measures-2027.1",
                measure("PRIORITY_SERVICE", "REDLIST", "INCENTIVE", "P1Y"),
                measure("GOVERNMENT_PROCUREMENT_BAN", "SERIOUS_DISHONESTY", "RESTRICTION", "P3Y")));

        assertThat(published.status()).as(published.raw().body()).isEqualTo(201);
        assertThat(published.json().get("current").asString()).isEqualTo("test-measures-2027.1");
        assertThat(published.json().get("version").get("publishedBy").asString()).isEqualTo("platform-admin");
        assertThat(published.json().get("version").get("requestId").asString()).isNotBlank();
        assertThat(http.get("/api/v1/measures").json().get("version").asString()).isEqualTo("test-measures-2027.1");

        String later = newCompanyCode();
        JsonNode after = http.post("/api/v1/listings", Submissions.listing("REDLIST", later, today)).json();
        assertThat(after.toString()).contains("PRIORITY_SERVICE").doesNotContain("GREEN_CHANNEL");
        assertThat(http.get(before.header("Location")).json().toString())
                .contains("GREEN_CHANNEL", "cn-joint-measures-2026.1").doesNotContain("PRIORITY_SERVICE");

        JsonNode versions = http.get("/api/v1/admin/measures").json();
        assertThat(versions.get("current").asString()).isEqualTo("test-measures-2027.1");
        assertThat(versions.get("versions").get(0).get("version").asString()).isEqualTo("cn-joint-measures-2026.1");
        assertThat(versions.get("versions").get(0).get("publishedBy").isNull()).isTrue();

        // the same again stores nothing; the same version with other measures is refused
        long rows = jdbc.sql("SELECT count(*) FROM joint_measure").query(Long.class).single();
        HttpJson.Response again = http.post("/api/v1/admin/measures", catalogue("test-measures-2027.1",
                measure("PRIORITY_SERVICE", "REDLIST", "INCENTIVE", "P1Y"),
                measure("GOVERNMENT_PROCUREMENT_BAN", "SERIOUS_DISHONESTY", "RESTRICTION", "P3Y")));
        assertThat(again.status()).as(again.raw().body()).isEqualTo(200);
        assertThat(again.json().get("published").asBoolean()).isFalse();
        Problems.assertNamed(http.post("/api/v1/admin/measures", catalogue("test-measures-2027.1",
                measure("PRIORITY_SERVICE", "REDLIST", "INCENTIVE", "P2Y"))), "version");
        assertThat(jdbc.sql("SELECT count(*) FROM joint_measure").query(Long.class).single()).isEqualTo(rows);
    }

    @Test
    void badInput_is400NamingTheField_andStoresNothing() {
        long versions = jdbc.sql("SELECT count(*) FROM joint_measure_catalogue").query(Long.class).single();
        Map<String, Object> good = measure("GREEN_CHANNEL", "REDLIST", "INCENTIVE", "P1Y");
        expectBad(catalogue("Bad Version", good), "version");
        expectBad(map("sourceDocument", "x", "measures", List.of(good)), "version");
        expectBad(map("version", "v-1", "measures", List.of(good)), "sourceDocument");
        expectBad(catalogue("v-1"), "measures");
        expectBad(map("version", "v-1", "sourceDocument", "x"), "measures");
        expectBad(catalogue("v-1", measure("green", "REDLIST", "INCENTIVE", "P1Y")), "measures[0].code");
        expectBad(catalogue("v-1", map("code", "GREEN", "type", "INCENTIVE", "description", "d", "legalBasis", "l")),
                "measures[0].kind");
        expectBad(catalogue("v-1", map("code", "GREEN", "kind", "REDLIST", "description", "d", "legalBasis", "l")),
                "measures[0].type");
        expectBad(catalogue("v-1", map("code", "GREEN", "kind", "REDLIST", "type", "INCENTIVE", "legalBasis", "l")),
                "measures[0].description");
        expectBad(catalogue("v-1", measure("GREEN", "REDLIST", "INCENTIVE", "three years")),
                "measures[0].maximumDuration");
        expectBad(catalogue("v-1", measure("GREEN", "REDLIST", "INCENTIVE", "P0D")), "measures[0].maximumDuration");
        expectBad(catalogue("v-1", good, good), "measures[1].code");
        expectBad(catalogue("v-1", measure("GREEN", "BLACKLIST", "INCENTIVE", "P1Y")), "measures[0].kind");
        assertThat(http.post("/api/v1/admin/measures", "{\"version\": ").status()).isEqualTo(400);

        assertThat(jdbc.sql("SELECT count(*) FROM joint_measure_catalogue").query(Long.class).single())
                .isEqualTo(versions);
    }

    private void expectBad(Object body, String field) {
        Problems.assertNamed(http.post("/api/v1/admin/measures", body), field);
    }
}
