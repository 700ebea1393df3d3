package dev.publiccredit.ledger.api.admin;

import dev.publiccredit.ledger.api.support.Disputes;
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

/**
 * Publishing a year of the official calendar through the admin API. Runs in an application of its own (the
 * property below), as a published year changes every deadline counted into it.
 */
@TestPropertySource(properties = "test.application=admin-calendar")
class AdminCalendarHttpTest extends LedgerApplicationTest {

    static final String SOURCE_2027 = "国办发明电〔2026〕99号 (test data)";

    /** A made-up 2027: Qingming Saturday 04-03 to Monday 04-05, and a make-up Sunday 04-11. */
    static Map<String, Object> calendar2027() {
        return map("sourceDocument", SOURCE_2027, "days", List.of(
                day("2027-04-03", "HOLIDAY", "清明节 Qingming Festival"),
                day("2027-04-04", "HOLIDAY", "清明节 Qingming Festival"),
                day("2027-04-05", "HOLIDAY", "清明节 Qingming Festival"),
                day("2027-04-11", "MAKE_UP_WORKDAY", "清明节 Qingming Festival")));
    }

    static Map<String, Object> day(String date, String kind, String name) {
        return map("date", date, "kind", kind, "name", name);
    }

    @Test
    void publishingANewYear_appliesToTheNextDeadline_withoutRestart_andKeepsStoredDeadlines() {
        clock.setDate(LocalDate.of(2026, 12, 28));
        String before = objectionOnAFreshRecord(LocalDate.of(2026, 12, 21));
        JsonNode early = http.get("/api/v1/objections/" + before).json().get("deadlines").get(0);
        // Monday 2026-12-28 + 5 working days runs into 2027, which the calendar does not cover yet
        assertThat(early.get("dueOn").asString()).isEqualTo("2027-01-04");
        assertThat(early.get("calendarCovered").asBoolean()).isFalse();
        assertThat(http.get("/api/v1/admin/calendar?year=2027").status()).isEqualTo(404);
        long events = storedEvents();

        HttpJson.Response published = http.put("/api/v1/admin/calendar/2027", calendar2027(), "X-Actor", "li.admin");

        assertThat(published.status()).as(published.raw().body()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(events + 1);
        JsonNode answer = published.json();
        assertThat(answer.get("published").asBoolean()).isTrue();
        assertThat(answer.get("year").get("days")).hasSize(4);
        assertThat(answer.get("year").get("version").asString()).startsWith("cn-2027-");
        assertThat(answer.get("calendarVersion").asString()).startsWith("cn-2025-2027-");
        assertThat(answer.get("coveredYears").toString()).isEqualTo("[2025,2026,2027]");
        Map<String, Object> stored = jdbc.sql("""
                        SELECT type, meta_data FROM domain_event_entry WHERE aggregate_identifier = 'calendar-year-2027'""")
                .query().singleRow();
        assertThat(stored.get("type")).isEqualTo("CalendarYear");
        assertThat(new String((byte[]) stored.get("meta_data"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"actor\":\"li.admin\"", "\"clientId\":\"platform-admin\"");

        // the next deadline counts the new year: Wednesday 03-31 + 5 skips Monday 04-05
        clock.setDate(LocalDate.of(2027, 3, 31));
        String after = objectionOnAFreshRecord(LocalDate.of(2027, 3, 29));
        JsonNode counted = http.get("/api/v1/objections/" + after).json().get("deadlines").get(0);
        assertThat(counted.get("dueOn").asString()).isEqualTo("2027-04-08");
        assertThat(counted.get("calendarCovered").asBoolean()).isTrue();
        assertThat(counted.get("calendarVersion").asString()).isEqualTo(answer.get("calendarVersion").asString());
        // the deadline decided before the publication is a decided value: unchanged
        JsonNode kept = http.get("/api/v1/objections/" + before).json().get("deadlines").get(0);
        assertThat(kept).isEqualTo(early);

        JsonNode read = http.as("credit-office").get("/api/v1/admin/calendar?year=2027").json();
        assertThat(read.get("version").asString()).isEqualTo(answer.get("calendarVersion").asString());
        JsonNode year = read.get("years").get(0);
        assertThat(year.get("sourceDocument").asString()).isEqualTo(SOURCE_2027);
        assertThat(year.get("publishedAt").asString()).isNotBlank();
        assertThat(year.get("days").get(3).get("kind").asString()).isEqualTo("MAKE_UP_WORKDAY");
    }

    @Test
    void identicalRepublish_storesNothing_andAnswers200() {
        assertThat(http.put("/api/v1/admin/calendar/2028", calendar2028("first notice")).status()).isEqualTo(201);
        long events = storedEvents();

        HttpJson.Response again = http.put("/api/v1/admin/calendar/2028", calendar2028("first notice"));

        assertThat(again.status()).as(again.raw().body()).isEqualTo(200);
        assertThat(again.json().get("published").asBoolean()).isFalse();
        assertThat(storedEvents()).isEqualTo(events);
        // a correction is a new publication
        HttpJson.Response corrected = http.put("/api/v1/admin/calendar/2028", calendar2028("corrected notice"));
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(events + 1);
    }

    @Test
    void republishingAYearOfTheMigration_asItIs_storesNothing() {
        JsonNode year2026 = http.get("/api/v1/admin/calendar?year=2026").json().get("years").get(0);
        long events = storedEvents();

        HttpJson.Response same = http.put("/api/v1/admin/calendar/2026", map(
                "sourceDocument", year2026.get("sourceDocument").asString(), "days", year2026.get("days")));

        assertThat(same.status()).as(same.raw().body()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(year2026.get("days")).hasSize(39);
    }

    @Test
    void calendar_withoutYear_listsEveryCoveredYear() {
        JsonNode all = http.as("samr-haidian").get("/api/v1/admin/calendar").json();

        assertThat(all.get("version").asString()).startsWith("cn-2025-");
        assertThat(all.get("years").get(0).get("year").asInt()).isEqualTo(2025);
        assertThat(all.get("years").get(0).get("sourceDocument").asString()).isEqualTo("国办发明电〔2024〕12号");
        assertThat(all.get("years").get(0).get("publishedAt").isNull()).isTrue();
    }

    @Test
    void badInput_is400NamingTheField_andStoresNothing() {
        long events = storedEvents();
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x", "days", List.of(
                day("2030-01-01", "HOLIDAY", "元旦"))), "days[0].date");
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x", "days", List.of(
                day("2029-01-01", "HOLIDAY", "元旦"), day("2029-01-01", "HOLIDAY", "元旦"))), "days[1].date");
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x", "days", List.of(
                day("2029-01-01", "HOLIDAY", "元旦"), day("2029-01-03", "MAKE_UP_WORKDAY", "元旦"))), "days[1].kind");
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x", "days", List.of(
                day("2029-01-06", "HOLIDAY", "周末"), day("2029-01-01", "HOLIDAY", "元旦"))), "days[0].kind");
        expectBad("/api/v1/admin/calendar/2029", map("days", List.of(day("2029-01-01", "HOLIDAY", "元旦"))),
                "sourceDocument");
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x"), "days");
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x", "days", List.of()), "days");
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x", "days", List.of(
                map("date", "2029-01-01", "kind", "HOLIDAY"))), "days[0].name");
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x", "days", List.of(
                map("date", "2029-01-01", "name", "元旦"))), "days[0].kind");
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x", "days", List.of(
                day("2029-01-01", "DAY_OFF", "元旦"))), "days[0].kind");
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x", "days", List.of(
                day("2029-02-30", "HOLIDAY", "元旦"))), "days[0].date");
        expectBad("/api/v1/admin/calendar/20x9", calendar2028("x"), "year");
        expectBad("/api/v1/admin/calendar/1999", calendar2028("x"), "year");
        expectBad("/api/v1/admin/calendar/2029", map("sourceDocument", "x".repeat(201), "days", List.of(
                day("2029-01-01", "HOLIDAY", "元旦"))), "sourceDocument");
        HttpJson.Response unreadable = http.put("/api/v1/admin/calendar/2029", "{\"days\": [");
        assertThat(unreadable.status()).isEqualTo(400);

        assertThat(storedEvents()).isEqualTo(events);
        assertThat(http.get("/api/v1/admin/calendar?year=2029").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/admin/calendar?year=twenty").status()).isEqualTo(400);
    }

    private void expectBad(String path, Object body, String field) {
        Problems.assertNamed(http.put(path, body), field);
    }

    static Map<String, Object> calendar2028(String source) {
        return map("sourceDocument", source, "days", List.of(day("2028-01-03", "HOLIDAY", "元旦 New Year's Day")));
    }

    private String objectionOnAFreshRecord(LocalDate decided) {
        HttpJson.Response penalty = http.post("/api/v1/penalties", Submissions.penalty("SAMR-HAIDIAN",
                Submissions.nextSourceId("CAL"), newCompanyCode(), decided));
        assertThat(penalty.status()).as(penalty.raw().body()).isEqualTo(201);
        String location = penalty.header("Location");
        HttpJson.Response raised = http.post(location + "/objections", Disputes.objection("金额有误"));
        assertThat(raised.status()).as(raised.raw().body()).isEqualTo(201);
        return raised.json().get("caseId").asString();
    }
}
