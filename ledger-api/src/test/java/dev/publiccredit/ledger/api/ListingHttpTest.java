package dev.publiccredit.ledger.api;

import dev.publiccredit.ledger.api.listing.ListingExpirySweep;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists and joint measures over real HTTP, on the real event store, with the platform clock moved. Dates follow the
 * official 2026 calendar: a notice served on Wednesday 2026-09-30 leaves the subject the working days 10-08, 10-09,
 * 10-10 (a make-up Saturday), 10-12 and 10-13 to answer, so the decision may come from 2026-10-14.
 */
class ListingHttpTest extends LedgerApplicationTest {

    private static final String EXPIRED_TYPE = "dev.publiccredit.ledger.core.listing.event.ListingExpired";

    @Autowired
    private ListingExpirySweep sweep;

    @Test
    void seriousDishonesty_noticeFirst_decisionRefusedInsideTheWaitingPeriod_andAcceptedAfter() {
        String subject = newCompanyCode();
        clock.setDate(LocalDate.of(2026, 9, 30));
        String basis = http.post("/api/v1/penalties", Submissions.penalty("SAMR-HAIDIAN",
                Submissions.nextSourceId("SD-BASIS"), subject, LocalDate.of(2026, 9, 1))).json()
                .get("recordId").asString();

        Map<String, Object> body = listing("SERIOUS_DISHONESTY", subject, LocalDate.of(2026, 9, 30));
        body.put("basisRecordId", basis);
        HttpJson.Response notice = http.post("/api/v1/listings", body, "X-Actor", "li.na");

        assertThat(notice.status()).isEqualTo(201);
        String id = notice.json().get("listingId").asString();
        assertThat(notice.header("Location")).isEqualTo("/api/v1/listings/" + id);
        assertThat(notice.header("X-Ledger-Position")).isNotNull();
        assertThat(notice.json().get("status").asString()).isEqualTo("NOTICE");
        assertThat(notice.json().get("basisRecordId").asString()).isEqualTo(basis);
        assertThat(notice.json().get("notice").get("answerDueOn").asString()).isEqualTo("2026-10-13");
        assertThat(notice.json().get("notice").get("earliestDecisionOn").asString()).isEqualTo("2026-10-14");
        assertThat(notice.json().get("measures")).isEmpty();
        assertThat(http.get("/api/v1/listings/" + id).json()).isEqualTo(notice.json());

        clock.setDate(LocalDate.of(2026, 10, 13));
        long before = storedEvents();
        HttpJson.Response early = http.post("/api/v1/listings/" + id + "/decision",
                map("documentNumber", "京海市监列〔2026〕7号", "decidedOn", "2026-10-13", "periodMonths", 24));

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().get("code").asString()).isEqualTo("LISTING_NOTICE_PERIOD_RUNNING");
        assertThat(early.json().get("earliestDecisionOn").asString()).isEqualTo("2026-10-14");
        assertThat(storedEvents()).isEqualTo(before);

        clock.setDate(LocalDate.of(2026, 10, 14));
        HttpJson.Response decided = http.post("/api/v1/listings/" + id + "/decision",
                map("documentNumber", "京海市监列〔2026〕7号", "decidedOn", "2026-10-14", "periodMonths", 24));

        assertThat(decided.status()).isEqualTo(200);
        JsonNode listed = decided.json();
        assertThat(listed.get("status").asString()).isEqualTo("LISTED");
        assertThat(listed.get("decision").get("listedOn").asString()).isEqualTo("2026-10-14");
        assertThat(listed.get("decision").get("endsOn").asString()).isEqualTo("2028-10-14");
        assertThat(listed.get("removalNotice").get("earliestEarlyRemovalOn").asString()).isEqualTo("2027-10-14");
        assertThat(listed.get("removalNotice").get("removalConditions").asString()).isEqualTo("履行处罚决定，公开信用承诺");
        assertThat(codes(listed.get("measures"))).containsExactly("GOVERNMENT_PROCUREMENT_BAN",
                "NO_COMMITMENT_LICENSING", "PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION");
        assertThat(listed.get("measures").get(0).get("endsOn").asString()).isEqualTo("2028-10-14");

        // the measures, inside and outside the period, on its first day and on endsOn itself
        String measures = "/api/v1/subjects/" + subject + "/measures";
        String await = decided.header("X-Ledger-Position");
        assertThat(codes(http.get(measures + "?on=2026-10-13", "X-Ledger-Await-Position", await).json()
                .get("restrictions"))).isEmpty();
        JsonNode today = http.get(measures, "X-Ledger-Await-Position", await).json();
        assertThat(today.get("on").asString()).isEqualTo("2026-10-14");
        assertThat(codes(today.get("restrictions"))).containsExactly("GOVERNMENT_PROCUREMENT_BAN",
                "NO_COMMITMENT_LICENSING", "PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION");
        assertThat(today.get("incentives")).isEmpty();
        assertThat(today.get("listings").get(0).get("listingId").asString()).isEqualTo(id);
        assertThat(today.has("restricted")).isFalse();
        assertThat(restricted(subject, "GOVERNMENT_PROCUREMENT_BAN", "2028-10-13")).isTrue();
        assertThat(restricted(subject, "GOVERNMENT_PROCUREMENT_BAN", "2028-10-14")).isFalse();
        assertThat(restricted(subject, "GOVERNMENT_PROCUREMENT_BAN", "2026-10-13")).isFalse();
        JsonNode onEnd = http.get(measures + "?on=2028-10-14&measure=NO_COMMITMENT_LICENSING").json();
        assertThat(onEnd.get("restrictions")).isEmpty();
        assertThat(onEnd.get("measure").asString()).isEqualTo("NO_COMMITMENT_LICENSING");
        assertThat(onEnd.get("restricted").asBoolean()).isFalse();

        // decided once: a second decision is refused
        HttpJson.Response again = http.post("/api/v1/listings/" + id + "/decision",
                map("documentNumber", "京海市监列〔2026〕8号", "decidedOn", "2026-10-14"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("LISTING_STATE");
    }

    @Test
    void seriousDishonesty_earlyRemovalRefusedBeforeOneYear_andAcceptedAfter() {
        String subject = newCompanyCode();
        String id = listedSeriously(subject, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 14));
        // no period asked for: the configured maximum, 3 years
        JsonNode listed = http.get("/api/v1/listings/" + id).json();
        assertThat(listed.get("decision").get("periodMonths").asInt()).isEqualTo(36);
        assertThat(listed.get("decision").get("endsOn").asString()).isEqualTo("2029-10-14");

        clock.setDate(LocalDate.of(2027, 10, 13));
        HttpJson.Response tooSoon = http.post("/api/v1/listings/" + id + "/removal", map("reason", "EARLY_REMOVAL",
                "explanation", "已履行处罚决定并公开信用承诺", "removedOn", "2027-10-13"));

        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.json().get("code").asString()).isEqualTo("LISTING_EARLY_REMOVAL_TOO_SOON");
        assertThat(tooSoon.json().get("earliestRemovalOn").asString()).isEqualTo("2027-10-14");

        clock.setDate(LocalDate.of(2027, 10, 14));
        HttpJson.Response removed = http.post("/api/v1/listings/" + id + "/removal", map("reason", "EARLY_REMOVAL",
                "explanation", "已履行处罚决定并公开信用承诺", "removedOn", "2027-10-14"));

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("status").asString()).isEqualTo("REMOVED");
        assertThat(removed.json().get("removal").get("reason").asString()).isEqualTo("EARLY_REMOVAL");
        assertThat(restricted(subject, "GOVERNMENT_PROCUREMENT_BAN", "2027-10-13")).isTrue();
        assertThat(restricted(subject, "GOVERNMENT_PROCUREMENT_BAN", "2027-10-14")).isFalse();

        HttpJson.Response twice = http.post("/api/v1/listings/" + id + "/removal", map("reason", "EARLY_REMOVAL",
                "explanation", "再次移出", "removedOn", "2027-10-14"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("LISTING_STATE");
    }

    @Test
    void seriousDishonesty_cannotBeListedWithoutNotice_aNoticeCanBeWithdrawn() {
        String subject = newCompanyCode();
        clock.setDate(LocalDate.of(2026, 3, 2));
        String id = http.post("/api/v1/listings", listing("SERIOUS_DISHONESTY", subject, LocalDate.of(2026, 3, 2)))
                .json().get("listingId").asString();

        HttpJson.Response withdrawn = http.post("/api/v1/listings/" + id + "/removal", map("reason",
                "NOTICE_WITHDRAWN", "explanation", "当事人陈述申辩理由成立", "removedOn", "2026-03-02"));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("REMOVED");
        assertThat(withdrawn.json().get("decision").isNull()).isTrue();

        clock.setDate(LocalDate.of(2026, 3, 20));
        HttpJson.Response decided = http.post("/api/v1/listings/" + id + "/decision",
                map("documentNumber", "京海市监列〔2026〕9号", "decidedOn", "2026-03-20"));
        assertThat(decided.status()).isEqualTo(409);
        assertThat(decided.json().get("code").asString()).isEqualTo("LISTING_STATE");
    }

    @Test
    void redlist_isListedAtOnce_withIncentivesForItsPeriod() {
        String subject = newCompanyCode();
        clock.setDate(LocalDate.of(2026, 3, 2));
        Map<String, Object> body = listing("REDLIST", subject, LocalDate.of(2026, 3, 2));
        body.put("periodMonths", 12);

        HttpJson.Response created = http.post("/api/v1/listings", body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("LISTED");
        assertThat(created.json().get("notice").isNull()).isTrue();
        assertThat(created.json().get("decision").get("endsOn").asString()).isEqualTo("2027-03-02");
        assertThat(created.json().get("removalNotice").get("earliestEarlyRemovalOn").isNull()).isTrue();
        JsonNode measures = http.get("/api/v1/subjects/" + subject + "/measures?on=2026-03-02&measure=GREEN_CHANNEL",
                "X-Ledger-Await-Position", created.header("X-Ledger-Position")).json();
        assertThat(codes(measures.get("incentives"))).containsExactly("ACCEPTANCE_WITH_MISSING_DOCUMENTS",
                "GREEN_CHANNEL");
        assertThat(measures.get("incentives").get(0).get("endsOn").asString()).isEqualTo("2027-03-02");
        assertThat(measures.get("restrictions")).isEmpty();
        assertThat(measures.get("restricted").asBoolean()).isFalse();
        assertThat(codes(http.get("/api/v1/subjects/" + subject + "/measures?on=2027-03-01").json()
                .get("incentives"))).hasSize(2);
        assertThat(http.get("/api/v1/subjects/" + subject + "/measures?on=2027-03-02").json().get("incentives"))
                .isEmpty();

        HttpJson.Response decision = http.post("/api/v1/listings/" + created.json().get("listingId").asString()
                + "/decision", map("documentNumber", "x", "decidedOn", "2026-03-02"));
        assertThat(decision.status()).isEqualTo(409);
        assertThat(decision.json().get("code").asString()).isEqualTo("LISTING_STATE");
    }

    @Test
    void businessAnomaly_hasNoEnd_andItsRestrictionEndsWithItsRemoval() {
        String subject = newCompanyCode();
        clock.setDate(LocalDate.of(2026, 3, 2));
        HttpJson.Response created = http.post("/api/v1/listings",
                listing("BUSINESS_ANOMALY", subject, LocalDate.of(2026, 3, 2)));
        String id = created.json().get("listingId").asString();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("decision").get("endsOn").isNull()).isTrue();
        assertThat(created.json().get("measures").get(0).get("endsOn").isNull()).isTrue();
        assertThat(restricted(subject, "PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION", "2030-01-01")).isTrue();

        clock.setDate(LocalDate.of(2026, 4, 1));
        HttpJson.Response removed = http.post("/api/v1/listings/" + id + "/removal", map("reason", "CONDITIONS_MET",
                "explanation", "已补报年度报告并公示", "removedOn", "2026-04-01"));

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("status").asString()).isEqualTo("REMOVED");
        assertThat(removed.json().get("removal").get("removedOn").asString()).isEqualTo("2026-04-01");
        assertThat(restricted(subject, "PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION", "2026-03-31")).isTrue();
        assertThat(restricted(subject, "PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION", "2026-04-01")).isFalse();
    }

    @Test
    void duplicates_answer200WithTheSameListing_andStoreNothing() {
        clock.setDate(LocalDate.of(2026, 3, 2));
        for (String kind : List.of("SERIOUS_DISHONESTY", "REDLIST")) {
            Map<String, Object> body = listing(kind, newCompanyCode(), LocalDate.of(2026, 3, 2));
            HttpJson.Response first = http.post("/api/v1/listings", body);
            long after = storedEvents();

            body.put("grounds", "same source listing id, other grounds");
            HttpJson.Response second = http.post("/api/v1/listings", body);

            assertThat(first.status()).isEqualTo(201);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.header("Location")).isNull();
            assertThat(second.json()).isEqualTo(first.json());
            assertThat(storedEvents()).isEqualTo(after);
        }
    }

    @Test
    void badInput_is400NamingTheField_unknownListing404_andNothingIsStored() {
        clock.setDate(LocalDate.of(2026, 3, 2));
        String subject = newCompanyCode();
        String id = http.post("/api/v1/listings", listing("BUSINESS_ANOMALY", subject, LocalDate.of(2026, 3, 2)))
                .json().get("listingId").asString();
        long before = storedEvents();

        assertFields(http.post("/api/v1/listings", map()), "kind", "sourceDepartment", "subject", "decidedOn");
        assertFields(http.post("/api/v1/listings", with(listing("REDLIST", subject, LocalDate.of(2026, 3, 3)))),
                "decidedOn");
        assertFields(http.post("/api/v1/listings", with(listing("REDLIST", subject, LocalDate.of(2026, 3, 2)),
                "periodMonths", 37)), "periodMonths");
        assertFields(http.post("/api/v1/listings", with(listing("BUSINESS_ANOMALY", subject,
                LocalDate.of(2026, 3, 2)), "periodMonths", 12)), "periodMonths");
        assertFields(http.post("/api/v1/listings", with(listing("SERIOUS_DISHONESTY", subject,
                LocalDate.of(2026, 3, 2)), "periodMonths", 12)), "periodMonths");
        assertFields(http.post("/api/v1/listings", with(listing("REDLIST", subject, LocalDate.of(2026, 3, 2)),
                "basisRecordId", "not-a-uuid")), "basisRecordId");
        assertFields(http.post("/api/v1/listings", with(listing("REDLIST", subject, LocalDate.of(2026, 3, 2)),
                "basisRecordId", "00000000-0000-0000-0000-000000000000")), "basisRecordId");
        assertFields(http.post("/api/v1/listings", with(listing("REDLIST", subject, LocalDate.of(2026, 3, 2)),
                "grounds", " ", "removalConditions", null)), "grounds", "removalConditions");
        assertFields(http.post("/api/v1/listings", with(listing("HONOUR_ROLL", subject, LocalDate.of(2026, 3, 2)))),
                "kind");
        assertFields(http.post("/api/v1/listings/" + id + "/removal", map("explanation", "x")), "reason",
                "removedOn");
        assertFields(http.post("/api/v1/listings/" + id + "/removal", map("reason", "CONDITIONS_MET",
                "explanation", "x", "removedOn", "2026-03-01")), "removedOn");
        assertFields(http.post("/api/v1/listings/" + id + "/removal", map("reason", "CONDITIONS_MET",
                "explanation", "x", "removedOn", "2026-03-02", "objectionId", "no")), "objectionId");
        assertFields(http.post("/api/v1/listings/" + id + "/decision", map("documentNumber", "x")), "decidedOn");
        assertFields(http.post("/api/v1/listings/not-a-uuid/decision", map("documentNumber", "x")), "listingId");
        assertFields(http.get("/api/v1/listings/not-a-uuid"), "listingId");
        assertFields(http.get("/api/v1/subjects/12345/measures"), "subjectCode");
        assertFields(http.get("/api/v1/subjects/" + subject + "/measures?on=2026-13-01"), "on");
        assertFields(http.get("/api/v1/subjects/" + subject + "/measures?measure=NO_SUCH_MEASURE"), "measure");
        assertThat(storedEvents()).isEqualTo(before);

        String unknown = "/api/v1/listings/00000000-0000-0000-0000-000000000000";
        assertThat(http.get(unknown).status()).isEqualTo(404);
        assertThat(http.post(unknown + "/removal", map("reason", "CONDITIONS_MET", "explanation", "x",
                "removedOn", "2026-03-02")).status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void basisRecord_aboutAnotherSubject_isRefused() {
        clock.setDate(LocalDate.of(2026, 3, 2));
        String other = http.post("/api/v1/penalties", Submissions.penalty("SAMR-HAIDIAN",
                Submissions.nextSourceId("OTHER"), newCompanyCode(), LocalDate.of(2026, 2, 2))).json()
                .get("recordId").asString();

        assertFields(http.post("/api/v1/listings", with(listing("SERIOUS_DISHONESTY", newCompanyCode(),
                LocalDate.of(2026, 3, 2)), "basisRecordId", other)), "basisRecordId");
    }

    @Test
    void catalogue_listsTheMeasuresOfEachKind_withItsVersion() {
        JsonNode catalogue = http.get("/api/v1/measures").json();

        assertThat(catalogue.get("version").asString()).isEqualTo("cn-joint-measures-2026.1");
        List<String> measures = new ArrayList<>();
        catalogue.get("measures").forEach(m -> measures.add(m.get("kind").asString() + "/" + m.get("code").asString()
                + "/" + m.get("type").asString()));
        assertThat(measures).contains("SERIOUS_DISHONESTY/GOVERNMENT_PROCUREMENT_BAN/RESTRICTION",
                "SERIOUS_DISHONESTY/NO_COMMITMENT_LICENSING/RESTRICTION",
                "BUSINESS_ANOMALY/PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION/RESTRICTION",
                "REDLIST/GREEN_CHANNEL/INCENTIVE", "REDLIST/ACCEPTANCE_WITH_MISSING_DOCUMENTS/INCENTIVE");
        catalogue.get("measures").forEach(m -> {
            if (m.get("code").asString().equals("GOVERNMENT_PROCUREMENT_BAN")) {
                assertThat(m.get("maximumDuration").asString()).isEqualTo("P3Y");
            }
        });
    }

    @Test
    void openApiDescription_listsTheListingPaths() {
        HttpJson.Response docs = http.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/listings",
                "/api/v1/listings/{listingId}", "/api/v1/listings/{listingId}/decision",
                "/api/v1/listings/{listingId}/removal", "/api/v1/subjects/{subjectCode}/measures",
                "/api/v1/measures");
    }

    @Test
    void sweep_expiresADueListingOnce_evenWhenRunTwiceOrFromTwoThreadsAtOnce() throws Exception {
        clock.setDate(LocalDate.of(2026, 3, 2));
        String once = redlistedForAMonth(newCompanyCode(), LocalDate.of(2026, 3, 2));
        clock.setDate(LocalDate.of(2026, 3, 3));
        String raced = redlistedForAMonth(newCompanyCode(), LocalDate.of(2026, 3, 3));

        clock.setDate(LocalDate.of(2026, 4, 1));
        sweep.sweep();
        assertThat(expiredEvents(once)).isZero();

        // on its end date: expired by the first sweep, the second finds it done
        clock.setDate(LocalDate.of(2026, 4, 2));
        sweep.sweep();
        sweep.sweep();
        assertThat(expiredEvents(once)).isEqualTo(1);
        assertThat(expiredEvents(raced)).isZero();

        // the next day two sweeps start together and both find the second listing due
        clock.setDate(LocalDate.of(2026, 4, 3));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Integer> sweepAtOnce = () -> {
                start.await();
                return sweep.sweep();
            };
            int expired = 0;
            for (Future<Integer> done : pool.invokeAll(List.of(sweepAtOnce, sweepAtOnce))) {
                expired += done.get();
            }
            assertThat(expired).isLessThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }

        assertThat(expiredEvents(once)).isEqualTo(1);
        assertThat(expiredEvents(raced)).isEqualTo(1);
        JsonNode expired = http.get("/api/v1/listings/" + once).json();
        assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(expired.get("expiredOn").asString()).isEqualTo("2026-04-02");
        assertThat(http.get("/api/v1/listings/" + raced).json().get("expiredOn").asString()).isEqualTo("2026-04-03");
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private String listedSeriously(String subject, LocalDate noticedOn, LocalDate decidedOn) {
        clock.setDate(noticedOn);
        String id = http.post("/api/v1/listings", listing("SERIOUS_DISHONESTY", subject, noticedOn)).json()
                .get("listingId").asString();
        clock.setDate(decidedOn);
        HttpJson.Response decided = http.post("/api/v1/listings/" + id + "/decision",
                map("documentNumber", "京海市监列〔2026〕7号", "decidedOn", decidedOn.toString()));
        assertThat(decided.status()).isEqualTo(200);
        return id;
    }

    private String redlistedForAMonth(String subject, LocalDate listedOn) {
        Map<String, Object> body = listing("REDLIST", subject, listedOn);
        body.put("periodMonths", 1);
        HttpJson.Response created = http.post("/api/v1/listings", body);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("listingId").asString();
    }

    private long expiredEvents(String listingId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?")
                .params(listingId, EXPIRED_TYPE).query(Long.class).single();
    }

    private boolean restricted(String subject, String measure, String on) {
        HttpJson.Response response = http.get("/api/v1/subjects/" + subject + "/measures?on=" + on + "&measure="
                + measure);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("restricted").asBoolean();
    }

    private static Map<String, Object> listing(String kind, String subject, LocalDate decidedOn) {
        return Submissions.listing(kind, subject, decidedOn);
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    private static List<String> codes(JsonNode measures) {
        List<String> codes = new ArrayList<>();
        measures.forEach(m -> codes.add(m.get("code").asString()));
        return codes;
    }

    private static void assertFields(HttpJson.Response response, String... fields) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> named = new ArrayList<>();
        response.json().get("errors").forEach(e -> named.add(e.get("field").asString()));
        assertThat(named).contains(fields);
    }
}
