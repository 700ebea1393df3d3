package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.api.support.Disputes;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static dev.publiccredit.ledger.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An objection and a repair across the 2026 Spring Festival, through HTTP, moving the clock day by day.
 *
 * <p>The 2026 calendar (credit-rules §7): days off 2/15-2/23, make-up working days Saturday 2/14 and Saturday 2/28.
 * The working days from 2/12 are 2/13 (1), 2/14 (2), 2/24 (3), 2/25 (4), 2/26 (5), 2/27 (6), 2/28 (7), 3/2-3/6
 * (8-12), 3/9-3/13 (13-17), 3/16 (18), 3/17 (19), 3/18 (20); /work/shared/reference/working_days.py agrees.
 *
 * <p>The penalties are GENERAL (minimum 3 months, maximum 1 year). Record A, objected to, and record B, repaired, were
 * decided on 2025-06-10: B's minimum period ran out on 2025-09-10 and it is disclosed until 2026-06-10, so repair is
 * allowed on 2026-02-12. (One decided on 2025-01-10 would have left publicity on 2026-01-10, with nothing to repair.)
 * Record C, decided on 2026-01-05, may not be repaired before 2026-04-05.
 */
class SpringFestivalHttpTest extends LedgerApplicationTest {

    private final String department = "SAMR-SF" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String taxBureau = "TAX-SF" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String subject = newCompanyCode();
    private String position;

    private String penalty(LocalDate decided) {
        HttpJson.Response created = http.post("/api/v1/penalties", Submissions.penalty(department,
                Submissions.nextSourceId("SF"), subject, decided));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().get("recordId").asString();
    }

    private JsonNode write(String path, Map<String, Object> body, int status) {
        HttpJson.Response response = http.post(path, body);
        assertThat(response.status()).as(path + ": " + response.raw().body()).isEqualTo(status);
        position = response.header("X-Ledger-Position");
        return response.json();
    }

    private JsonNode penaltyInProfile(String recordId) {
        JsonNode profile = http.get("/api/v1/subjects/" + subject + "/profile", "X-Ledger-Await-Position", position)
                .json();
        return profile.get("penalties").valueStream().filter(p -> p.get("recordId").asString().equals(recordId))
                .findFirst().orElseThrow();
    }

    private JsonNode queueItem(String deciding, String caseId) {
        JsonNode queue = http.get("/api/v1/cases?department=" + deciding, "X-Ledger-Await-Position", position)
                .json();
        return queue.get("items").valueStream().filter(i -> i.get("caseId").asString().equals(caseId))
                .findFirst().orElseThrow();
    }

    @Test
    void objectionAndRepair_acrossTheSpringFestival() {
        clock.setDate(LocalDate.of(2026, 2, 12));
        String recordA = penalty(LocalDate.of(2025, 6, 10));
        String recordB = penalty(LocalDate.of(2025, 6, 10));
        String recordC = penalty(LocalDate.of(2026, 1, 5));

        // 2/12: objection to A; decision due 5 working days later: 2/13, 2/14, 2/24, 2/25, 2/26
        JsonNode objection = write("/api/v1/records/" + recordA + "/objections",
                Disputes.objection("罚款金额应为0.5万元"), 201);
        String objectionId = objection.get("caseId").asString();
        String objectionPath = "/api/v1/objections/" + objectionId;
        assertThat(objection.get("dueOn").asString()).isEqualTo("2026-02-26");
        assertThat(queueItem(department, objectionId).get("dueOn").asString()).isEqualTo("2026-02-26");
        assertThat(penaltyInProfile(recordA).get("underObjection").asBoolean()).isTrue();

        // 2/12: repair of B; acceptance due 3 working days later: 2/13, 2/14 (make-up Saturday), 2/24
        JsonNode application = write("/api/v1/records/" + recordB + "/repair-applications",
                Disputes.standardRepair(), 201);
        String applicationPath = "/api/v1/repair-applications/" + application.get("caseId").asString();
        assertThat(application.get("dueOn").asString()).isEqualTo("2026-02-24");
        assertThat(queueItem(department, application.get("caseId").asString()).get("due").asString())
                .isEqualTo("ACCEPTANCE");

        // 2/12: C is too early: 2026-01-05 + 3 months
        HttpJson.Response tooEarly = http.post("/api/v1/records/" + recordC + "/repair-applications",
                Disputes.standardRepair());
        assertProblem(tooEarly, 409, "REPAIR_TOO_EARLY");
        assertThat(tooEarly.json().get("earliestRepairOn").asString()).isEqualTo("2026-04-05");

        // 2/13: forwarded to the tax bureau, which decides
        clock.setDate(LocalDate.of(2026, 2, 13));
        assertThat(write(objectionPath + "/forwarding", map("toDepartment", taxBureau, "note", "请核实"), 200)
                .get("department").asString()).isEqualTo(taxBureau);

        // 2/24, the first working day after the festival: B accepted on its due day; decision due 10 working days
        // later: 2/25, 2/26, 2/27, 2/28 (make-up Saturday), 3/2, 3/3, 3/4, 3/5, 3/6, 3/9
        clock.setDate(LocalDate.of(2026, 2, 24));
        JsonNode accepted = write(applicationPath + "/acceptance", map("accepted", true), 200);
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("dueOn").asString()).isEqualTo("2026-03-09");
        assertThat(accepted.get("deadlines").get(0).get("met").asBoolean()).isTrue();

        // 2/25: the objection's deadline extended to 20 working days from 2/12: 2026-03-18 (counted above)
        clock.setDate(LocalDate.of(2026, 2, 25));
        JsonNode extended = write(objectionPath + "/extension", map("reason", "需调取原始案卷"), 200);
        assertThat(extended.get("dueOn").asString()).isEqualTo("2026-03-18");
        assertThat(extended.get("deadlines").get(1).get("workingDays").asInt()).isEqualTo(20);

        // 2/27: the first deadline (2/26) has passed, but the extended one is in force: not overdue
        clock.setDate(LocalDate.of(2026, 2, 27));
        assertThat(queueItem(taxBureau, objectionId).get("overdue").asBoolean()).isFalse();

        // 3/2: decided CORRECT: the fine was 0.5万元; the profile shows the corrected value and no flag
        clock.setDate(LocalDate.of(2026, 3, 2));
        Map<String, Object> correct = Disputes.decision("CORRECT");
        correct.put("changes", map("fineAmount", 0.5, "penaltyContent", "警告，罚款0.5万元"));
        JsonNode decided = write(objectionPath + "/decision", correct, 200);
        assertThat(decided.get("status").asString()).isEqualTo("DECIDED");
        assertThat(decided.get("decidedOnTime").asBoolean()).isTrue();
        JsonNode corrected = penaltyInProfile(recordA);
        assertThat(corrected.get("summary").asString()).isEqualTo("警告，罚款0.5万元");
        assertThat(corrected.get("corrections").asInt()).isEqualTo(1);
        assertThat(corrected.get("underObjection").asBoolean()).isFalse();
        assertThat(corrected.get("objection").isNull()).isTrue();
        assertThat(http.get("/api/v1/records/" + recordA).json().get("fineAmount").decimalValue())
                .isEqualByComparingTo("0.5");

        // 3/3: review requested; due 5 working days later: 3/4, 3/5, 3/6, 3/9, 3/10
        clock.setDate(LocalDate.of(2026, 3, 3));
        JsonNode review = write(objectionPath + "/review", map("grounds", "对更正后的金额仍有异议"), 200);
        assertThat(review.get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(review.get("dueOn").asString()).isEqualTo("2026-03-10");
        assertThat(penaltyInProfile(recordA).get("underObjection").asBoolean()).isTrue();

        // 3/9: B granted on the decision's due day: repaired, disclosure ended
        clock.setDate(LocalDate.of(2026, 3, 9));
        JsonNode granted = write(applicationPath + "/decision", map("granted", true,
                "explanation", "罚款已缴清，已作出信用承诺"), 200);
        assertThat(granted.get("status").asString()).isEqualTo("GRANTED");
        assertThat(granted.get("decidedOnTime").asBoolean()).isTrue();
        JsonNode repaired = penaltyInProfile(recordB);
        assertThat(repaired.get("status").asString()).isEqualTo("REPAIRED");
        assertThat(repaired.get("repair").get("label").asString()).isEqualTo("已修复");
        assertThat(repaired.get("repair").get("since").asString()).isEqualTo("2026-03-09");
        assertThat(repaired.get("disclosed").asBoolean()).isFalse();
        JsonNode history = http.get("/api/v1/records/" + recordB + "/disclosure-history").json();
        assertThat(history.get("disclosed").asBoolean()).isFalse();
        JsonNode ended = history.get("entries").get(history.get("entries").size() - 1);
        assertThat(ended.get("change").asString()).isEqualTo("DISCLOSURE_ENDED");
        assertThat(ended.get("cause").asString()).isEqualTo("REPAIRED");
        assertThat(ended.get("effectiveOn").asString()).isEqualTo("2026-03-09");

        // 3/11: the review was due 3/10 and is overdue in the queue; decided late
        clock.setDate(LocalDate.of(2026, 3, 11));
        JsonNode overdue = http.get("/api/v1/cases?department=" + taxBureau + "&type=OBJECTION&overdue=true",
                "X-Ledger-Await-Position", position).json();
        assertThat(overdue.get("items").valueStream().map(i -> i.get("caseId").asString()))
                .containsExactly(objectionId);
        assertThat(overdue.get("items").get(0).get("dueOn").asString()).isEqualTo("2026-03-10");
        JsonNode closed = write(objectionPath + "/decision", Disputes.decision("UNFLAG"), 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("decidedOnTime").asBoolean()).isFalse();
        assertThat(penaltyInProfile(recordA).get("underObjection").asBoolean()).isFalse();
    }
}
