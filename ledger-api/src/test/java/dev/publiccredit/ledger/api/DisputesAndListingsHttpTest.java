package dev.publiccredit.ledger.api;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.publiccredit.ledger.api.support.Disputes;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Objections, repair and listings together, through HTTP, as a department, a handler and the public meet them: the
 * flag shows at once, a correction is what the public then sees, a granted repair ends disclosure and lifts the
 * measures of the listing that rests on the record, and an objection upheld as "wrongly listed" takes the subject
 * off the list.
 */
class DisputesAndListingsHttpTest extends LedgerApplicationTest {

    private static final String PROCUREMENT_BAN = "GOVERNMENT_PROCUREMENT_BAN";

    @Test
    void objection_flagsTheRecordAtOnce_andACorrectionIsWhatThePublicThenSees() {
        String subject = newCompanyCode();
        clock.setDate(LocalDate.of(2026, 3, 2));
        String recordId = penalty(subject, LocalDate.of(2026, 2, 25));

        HttpJson.Response raised = http.post("/api/v1/records/" + recordId + "/objections",
                Disputes.objection("罚款金额录入错误，应为1.0万元"));
        assertThat(raised.status()).as(raised.raw().body()).isEqualTo(201);
        JsonNode flagged = penaltyInProfile(subject, raised.header("X-Ledger-Position"));
        assertThat(flagged.get("underObjection").asBoolean()).isTrue();
        assertThat(flagged.get("objection").get("objectionId").asString()).isEqualTo(raised.json().get("caseId").asString());

        Map<String, Object> decision = Disputes.decision("CORRECT");
        decision.put("changes", map("penaltyContent", "警告，罚款1.0万元", "fineAmount", 1.0));
        HttpJson.Response decided = http.post("/api/v1/objections/" + raised.json().get("caseId").asString()
                + "/decision", decision);
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);

        JsonNode corrected = penaltyInProfile(subject, decided.header("X-Ledger-Position"));
        assertThat(corrected.get("summary").asString()).isEqualTo("警告，罚款1.0万元");
        assertThat(corrected.get("underObjection").asBoolean()).isFalse();
        assertThat(corrected.get("disclosed").asBoolean()).isTrue();
        JsonNode record = http.get("/api/v1/records/" + recordId).json();
        assertThat(record.get("penaltyContent").asString()).isEqualTo("警告，罚款1.0万元");
        assertThat(record.get("fineAmount").decimalValue()).isEqualByComparingTo("1.0");
    }

    @Test
    void repair_refusedTooEarly_thenGranted_endsDisclosure_andLiftsTheListingsMeasures() {
        String subject = newCompanyCode();
        // a GENERAL penalty decided 2025-06-10: earliest repair 2025-09-10, publicity until 2026-06-10
        clock.setDate(LocalDate.of(2025, 6, 20));
        String recordId = penalty(subject, LocalDate.of(2025, 6, 10));

        clock.setDate(LocalDate.of(2025, 7, 1));
        HttpJson.Response tooEarly = http.post("/api/v1/records/" + recordId + "/repair-applications",
                Disputes.standardRepair());
        assertThat(tooEarly.status()).as(tooEarly.raw().body()).isEqualTo(409);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("REPAIR_TOO_EARLY");
        assertThat(tooEarly.json().get("earliestRepairOn").asString()).isEqualTo("2025-09-10");
        assertThat(tooEarly.json().get("detail").asString()).contains("2025-09-10");

        // notice 2025-07-01; 5 working days to answer end 2025-07-08; listed 2025-07-15 for the default 3 years
        String listingId = listedSeriously(subject, recordId, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 15));
        assertThat(restricted(subject, "2025-07-14")).isFalse();
        assertThat(restricted(subject, "2025-07-15")).isTrue();
        assertThat(restricted(subject, "2025-10-08")).isTrue();
        assertThat(restricted(subject, "2028-07-14")).isTrue();
        assertThat(restricted(subject, "2028-07-15")).isFalse();

        clock.setDate(LocalDate.of(2025, 10, 9));
        HttpJson.Response applied = http.post("/api/v1/records/" + recordId + "/repair-applications",
                Disputes.standardRepair());
        assertThat(applied.status()).as(applied.raw().body()).isEqualTo(201);
        String application = "/api/v1/repair-applications/" + applied.json().get("caseId").asString();
        HttpJson.Response accepted = http.post(application + "/acceptance",
                map("accepted", true, "explanation", "材料齐全"));
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        HttpJson.Response granted = http.post(application + "/decision",
                map("granted", true, "explanation", "已履行处罚决定并作出信用承诺"));
        assertThat(granted.status()).as(granted.raw().body()).isEqualTo(200);

        JsonNode profile = http.get("/api/v1/subjects/" + subject + "/profile", "X-Ledger-Await-Position",
                granted.header("X-Ledger-Position")).json();
        JsonNode repaired = profile.get("penalties").get(0);
        assertThat(repaired.get("status").asString()).isEqualTo("REPAIRED");
        assertThat(repaired.get("disclosed").asBoolean()).isFalse();
        assertThat(repaired.get("disclosureEndedOn").asString()).isEqualTo("2025-10-09");
        assertThat(profile.get("restrictions")).isEmpty();
        assertThat(profile.get("listings").get(0).get("listingId").asString()).isEqualTo(listingId);
        assertThat(profile.get("listings").get(0).get("measuresLiftedByRepair").asBoolean()).isTrue();

        assertThat(restricted(subject, "2025-10-09")).isFalse();
        assertThat(restricted(subject, "2026-05-01")).isFalse();
        assertThat(restricted(subject, "2025-10-08")).as("the past stays as it was").isTrue();
        HttpJson.Response history = http.get("/api/v1/records/" + recordId + "/disclosure-history");
        assertThat(history.raw().body()).contains("REPAIRED");
    }

    @Test
    void objectionUpheldAsWronglyListed_takesTheSubjectOffTheList() {
        String subject = newCompanyCode();
        clock.setDate(LocalDate.of(2026, 3, 2));
        String recordId = penalty(subject, LocalDate.of(2026, 2, 25));
        String listingId = listedSeriously(subject, recordId, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16));
        assertThat(restricted(subject, "2026-03-16")).isTrue();

        clock.setDate(LocalDate.of(2026, 3, 17));
        Map<String, Object> objection = Disputes.objection("不符合严重失信名单的列入条件");
        objection.put("ground", "WRONGLY_LISTED");
        String objectionId = http.post("/api/v1/records/" + recordId + "/objections", objection).json()
                .get("caseId").asString();

        Map<String, Object> otherSubjects = Disputes.decision("REMOVE_FROM_LIST");
        String other = newCompanyCode();
        otherSubjects.put("listingId", listedSeriously(other, null, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 16)));
        clock.setDate(LocalDate.of(2026, 3, 17));
        long before = storedEvents();
        HttpJson.Response wrongListing = http.post("/api/v1/objections/" + objectionId + "/decision", otherSubjects);
        assertThat(wrongListing.status()).as(wrongListing.raw().body()).isEqualTo(400);
        assertThat(wrongListing.json().get("errors").get(0).get("field").asString()).isEqualTo("listingId");
        assertThat(storedEvents()).isEqualTo(before);

        Map<String, Object> decision = Disputes.decision("REMOVE_FROM_LIST");
        decision.put("listingId", listingId);
        HttpJson.Response decided = http.post("/api/v1/objections/" + objectionId + "/decision", decision);
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);

        JsonNode listing = http.get("/api/v1/listings/" + listingId).json();
        assertThat(listing.get("status").asString()).isEqualTo("REMOVED");
        assertThat(listing.get("removal").get("reason").asString()).isEqualTo("OBJECTION_UPHELD");
        assertThat(listing.get("removal").get("objectionId").asString()).isEqualTo(objectionId);
        assertThat(restricted(subject, "2026-03-17")).isFalse();
        assertThat(restricted(subject, "2026-03-16")).isTrue();
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private String penalty(String subject, LocalDate decided) {
        HttpJson.Response response = http.post("/api/v1/penalties",
                Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("DL"), subject, decided));
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("recordId").asString();
    }

    private JsonNode penaltyInProfile(String subject, String position) {
        HttpJson.Response profile = http.get("/api/v1/subjects/" + subject + "/profile", "X-Ledger-Await-Position",
                position);
        assertThat(profile.status()).as(profile.raw().body()).isEqualTo(200);
        return profile.json().get("penalties").get(0);
    }

    private String listedSeriously(String subject, String basisRecordId, LocalDate noticedOn, LocalDate decidedOn) {
        clock.setDate(noticedOn);
        Map<String, Object> body = Submissions.listing("SERIOUS_DISHONESTY", subject, noticedOn);
        if (basisRecordId != null) {
            body.put("basisRecordId", basisRecordId);
        }
        HttpJson.Response notice = http.post("/api/v1/listings", body);
        assertThat(notice.status()).as(notice.raw().body()).isEqualTo(201);
        String id = notice.json().get("listingId").asString();
        clock.setDate(decidedOn);
        HttpJson.Response decided = http.post("/api/v1/listings/" + id + "/decision",
                map("documentNumber", "京海市监列〔2026〕7号", "decidedOn", decidedOn.toString()));
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        return id;
    }

    private boolean restricted(String subject, String on) {
        HttpJson.Response response = http.get("/api/v1/subjects/" + subject + "/measures?on=" + on + "&measure="
                + PROCUREMENT_BAN);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().get("restrictions").forEach(m -> codes.add(m.get("code").asString()));
        assertThat(codes.contains(PROCUREMENT_BAN)).isEqualTo(response.json().get("restricted").asBoolean());
        return response.json().get("restricted").asBoolean();
    }
}
