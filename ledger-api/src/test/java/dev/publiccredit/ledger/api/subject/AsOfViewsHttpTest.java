package dev.publiccredit.ledger.api.subject;

import dev.publiccredit.ledger.api.expiry.ExpirySweep;
import dev.publiccredit.ledger.api.support.Disputes;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.projections.expiry.PublicityExpiryProjector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static dev.publiccredit.ledger.api.support.Problems.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * As-of views over real HTTP. A scenario moves the clock through submission, correction, objection, decision, repair
 * and expiry of publicity, capturing the live profile and public view after each step; afterwards the views as of
 * each captured instant must be exactly what was captured. Penalty A (decided 2025-06-10) is corrected, objected to
 * and repaired on 2026-02-24; penalty B (decided 2025-07-01) stays in publicity until the sweep ends it.
 */
class AsOfViewsHttpTest extends LedgerApplicationTest {

    private static final LocalDate REPAIR_DAY = LocalDate.of(2026, 2, 24);

    @Autowired
    private ExpirySweep sweep;

    @Autowired
    private ReadPosition readPosition;

    private String department;
    private String subject;
    private String position;

    /** One moment of the scenario: the clock, and what the live views answered then. */
    private record Moment(String step, Instant at, int profileStatus, String profile, int publicStatus,
                          String publicView) {
    }

    @BeforeEach
    void newSubject() {
        department = "SAMR-ASOF" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        subject = newCompanyCode();
    }

    @Test
    void asOfEachMoment_answersExactlyWhatTheLiveViewsAnsweredThen() {
        List<Moment> moments = new ArrayList<>();
        clock.setDate(LocalDate.of(2026, 2, 12));
        Instant beforeAnything = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        String a = submit(LocalDate.of(2025, 6, 10));
        String b = submit(LocalDate.of(2025, 7, 1));
        moments.add(capture("submitted"));

        clock.advance(Duration.ofHours(1));
        written(http.post("/api/v1/records/" + a + "/corrections",
                map("changes", map("penaltyContent", "警告，罚款2万元"), "reason", "金额录入错误")));
        moments.add(capture("corrected"));

        clock.setDate(LocalDate.of(2026, 2, 13));
        HttpJson.Response objection = written(http.post("/api/v1/records/" + a + "/objections",
                Disputes.objection("罚款金额有误")));
        moments.add(capture("objected"));

        clock.advance(Duration.ofHours(2));
        written(http.post("/api/v1/objections/" + objection.json().get("caseId").asString() + "/decision",
                Disputes.decision("UNFLAG")));
        moments.add(capture("decided"));

        clock.setDate(REPAIR_DAY);
        HttpJson.Response applied = written(http.post("/api/v1/records/" + a + "/repair-applications",
                Disputes.standardRepair()));
        String application = "/api/v1/repair-applications/" + applied.json().get("caseId").asString();
        written(http.post(application + "/acceptance", map("accepted", true)));
        written(http.post(application + "/decision", map("granted", true, "explanation", "符合修复条件")));
        moments.add(capture("repaired"));

        clock.setDate(LocalDate.of(2026, 7, 1));
        readPosition.await(PublicityExpiryProjector.GROUP, position);
        assertThat(sweep.sweep()).isPositive();
        position = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(String.class).single();
        moments.add(capture("expired"));

        // what the steps did, as the live views showed it
        assertThat(penalty(moments.get(0), a).get("corrections").asInt()).isZero();
        assertThat(penalty(moments.get(1), a).get("corrections").asInt()).isEqualTo(1);
        assertThat(penalty(moments.get(2), a).get("underObjection").asBoolean()).isTrue();
        assertThat(penalty(moments.get(3), a).get("underObjection").asBoolean()).isFalse();
        assertThat(penalty(moments.get(4), a).get("status").asString()).isEqualTo("REPAIRED");
        assertThat(penalty(moments.get(5), b).get("status").asString()).isEqualTo("PUBLICITY_ENDED");
        assertThat(penalty(moments.get(5), b).get("disclosureEndedOn").asString()).isEqualTo("2026-07-01");
        assertThat(HttpJson.JSON.readTree(moments.get(2).publicView()).get("penalties")).hasSize(2);
        assertThat(HttpJson.JSON.readTree(moments.get(4).publicView()).get("penalties")).hasSize(1);
        assertThat(moments.get(5).publicStatus()).as("nothing public after the expiry").isEqualTo(404);

        for (Moment moment : moments) {
            HttpJson.Response profile = http.get(profilePath() + "?asOf=" + moment.at());
            assertThat(profile.status()).as(moment.step()).isEqualTo(moment.profileStatus());
            assertThat(profile.json()).as(moment.step()).isEqualTo(HttpJson.JSON.readTree(moment.profile()));
            HttpJson.Response publicView = http.get(publicPath() + "?asOf=" + moment.at());
            assertThat(publicView.status()).as(moment.step()).isEqualTo(moment.publicStatus());
            if (moment.publicStatus() == 200) {
                assertThat(publicView.json()).as(moment.step())
                        .isEqualTo(HttpJson.JSON.readTree(moment.publicView()));
            }
        }
        // before the first event the ledger knew nothing about the subject
        assertThat(http.get(profilePath() + "?asOf=" + beforeAnything).status()).isEqualTo(404);
        assertThat(http.get(publicPath() + "?asOf=" + beforeAnything).status()).isEqualTo(404);
        // the replays left the live tables as they were
        assertThat(http.get(profilePath()).json())
                .isEqualTo(HttpJson.JSON.readTree(moments.get(moments.size() - 1).profile()));

        // validOn: by today's knowledge, on a business date
        JsonNode beforeRepair = validOn(LocalDate.of(2026, 2, 23), a);
        assertThat(beforeRepair.get("status").asString()).isEqualTo("IN_PUBLICITY");
        assertThat(beforeRepair.get("disclosed").asBoolean()).isTrue();
        assertThat(beforeRepair.get("corrections").asInt()).as("later corrections applied").isEqualTo(1);
        assertThat(validOn(REPAIR_DAY, a).get("status").asString()).isEqualTo("REPAIRED");
        assertThat(validOn(LocalDate.of(2026, 6, 30), b).get("status").asString()).isEqualTo("IN_PUBLICITY");
        assertThat(validOn(LocalDate.of(2026, 7, 1), b).get("status").asString()).isEqualTo("PUBLICITY_ENDED");
    }

    @Test
    void badAsOfAndValidOn_are400NamingTheParameter() {
        String a = submit(LocalDate.now(clock).minusDays(2));
        assertThat(a).isNotBlank();
        assertThat(errorFields(http.get(profilePath() + "?asOf=yesterday"))).containsExactly("asOf");
        assertThat(errorFields(http.get(profilePath() + "?asOf=2026-02-12"))).containsExactly("asOf");
        assertThat(errorFields(http.get(profilePath() + "?asOf=" + clock.instant().plusSeconds(60))))
                .containsExactly("asOf");
        assertThat(errorFields(http.get(profilePath() + "?validOn=2026-02-30"))).containsExactly("validOn");
        assertThat(errorFields(http.get(profilePath() + "?validOn=2026-02-12&asOf=" + clock.instant())))
                .containsExactly("validOn");
        assertThat(errorFields(http.get(publicPath() + "?asOf=soon"))).containsExactly("asOf");
        assertThat(http.get(profilePath() + "?asOf=" + clock.instant()).status()).isEqualTo(200);
        assertThat(http.get(profilePath() + "?validOn=2026-02-12").status()).isEqualTo(200);
    }

    @Test
    void publicView_showsOnlyPublicRecordsInPublicity_andNeverNaturalPersons() {
        String shown = submit(LocalDate.now(clock).minusDays(2));
        var authorised = Submissions.penalty(department, Submissions.nextSourceId("ASOF"), subject,
                LocalDate.now(clock).minusDays(2));
        authorised.put("disclosure", "AUTHORIZED");
        written(http.post("/api/v1/penalties", authorised));

        JsonNode view = http.get(publicPath(), ReadPosition.AWAIT, position).json();
        assertThat(view.get("subjectCode").asString()).isEqualTo(subject);
        assertThat(view.get("name").asString()).isEqualTo("北京示例科技有限公司");
        assertThat(view.get("penalties")).singleElement()
                .satisfies(r -> assertThat(r.get("recordId").asString()).isEqualTo(shown));

        var person = Submissions.penalty(department, Submissions.nextSourceId("ASOF"), Submissions.CITIZEN,
                LocalDate.now(clock).minusDays(2));
        person.put("subject", map("kind", "NATURAL_PERSON", "code", Submissions.CITIZEN, "name", "张三"));
        // the ledger refuses PUBLIC for natural persons; the public view leaves them out in any case
        person.put("disclosure", "AUTHORIZED");
        written(http.post("/api/v1/penalties", person));
        assertThat(http.get("/api/v1/public/subjects/" + Submissions.CITIZEN, ReadPosition.AWAIT, position)
                .status()).isEqualTo(404);
        assertThat(http.get("/api/v1/public/subjects/" + newCompanyCode()).status()).isEqualTo(404);
    }

    private JsonNode validOn(LocalDate day, String recordId) {
        HttpJson.Response profile = http.get(profilePath() + "?validOn=" + day);
        assertThat(profile.status()).as(profile.raw().body()).isEqualTo(200);
        assertThat(profile.json().get("statusOn").asString()).isEqualTo(day.toString());
        return record(profile.json(), recordId);
    }

    private String submit(LocalDate decided) {
        HttpJson.Response created = written(http.post("/api/v1/penalties",
                Submissions.penalty(department, Submissions.nextSourceId("ASOF"), subject, decided)));
        return created.json().get("recordId").asString();
    }

    private HttpJson.Response written(HttpJson.Response response) {
        assertThat(response.status()).as(response.raw().body()).isBetween(200, 201);
        position = response.header(ReadPosition.POSITION);
        return response;
    }

    private Moment capture(String step) {
        HttpJson.Response profile = http.get(profilePath(), ReadPosition.AWAIT, position);
        assertThat(profile.status()).as(profile.raw().body()).isEqualTo(200);
        HttpJson.Response publicView = http.get(publicPath(), ReadPosition.AWAIT, position);
        return new Moment(step, clock.instant(), profile.status(), profile.raw().body(), publicView.status(),
                publicView.raw().body());
    }

    private static JsonNode penalty(Moment moment, String recordId) {
        return record(HttpJson.JSON.readTree(moment.profile()), recordId);
    }

    private static JsonNode record(JsonNode profile, String recordId) {
        for (JsonNode r : profile.get("penalties")) {
            if (r.get("recordId").asString().equals(recordId)) {
                return r;
            }
        }
        throw new AssertionError("no penalty " + recordId + " in " + profile);
    }

    private String profilePath() {
        return "/api/v1/subjects/" + subject + "/profile";
    }

    private String publicPath() {
        return "/api/v1/public/subjects/" + subject;
    }
}
