package dev.publiccredit.ledger.api.rebuild;

import dev.publiccredit.ledger.api.support.Disputes;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectionRebuildHttpTest extends LedgerApplicationTest {

    private static final LocalDate DAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(3);

    @Test
    void rebuildsEveryProjectionBesideTheLiveTablesAndTheProcessorsContinueFromTheSwitch() throws Exception {
        String company = newCompanyCode();
        String position = null;
        for (int i = 0; i < 30; i++) {
            String subject = i % 3 == 0 ? company : newCompanyCode();
            HttpJson.Response created = http.post(i % 2 == 0 ? "/api/v1/penalties" : "/api/v1/licences",
                    i % 2 == 0 ? Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("RB"), subject, DAY)
                            : Submissions.licence("SAMR-HAIDIAN", Submissions.nextSourceId("RB"), subject, DAY));
            assertThat(created.status()).isEqualTo(201);
            position = created.header("X-Ledger-Position");
        }
        String penalty = firstPenalty(company);
        HttpJson.Response corrected = http.post("/api/v1/records/" + penalty + "/corrections",
                map("changes", map("fineAmount", 2.5, "subject.name", "北京重建测试有限公司"), "reason", "clerical error"));
        assertThat(corrected.status()).isEqualTo(200);
        HttpJson.Response objection = http.post("/api/v1/records/" + penalty + "/objections",
                Disputes.objection("罚款金额应为1.5万元"));
        assertThat(objection.status()).isIn(201, 202);
        position = objection.header("X-Ledger-Position");
        HttpJson.Response authorised = http.as("tax-haidian").post("/api/v1/subjects/" + company + "/authorisations",
                Submissions.authorisation(java.time.LocalDate.now(clock), java.time.LocalDate.now(clock).plusMonths(6)));
        assertThat(authorised.status()).as(authorised.raw().body()).isEqualTo(201);
        awaitProjections();
        Map<String, List<String>> before = tables();
        JsonNode profileBefore = http.get("/api/v1/subjects/" + company + "/profile").json();
        List<String> indexesBefore = indexes();
        List<String> storageBefore = storageParameters();

        HttpJson.Response started = http.post("/api/v1/admin/projections/rebuild", Map.of());
        assertThat(started.status()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).startsWith("/api/v1/admin/projections/rebuild/");
        JsonNode done = awaitDone(location);

        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("events").asLong()).isEqualTo(storedEvents());
        assertThat(done.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(http.get("/actuator/metrics/ledger.rebuild.progress").json().get("measurements").get(0)
                .get("value").asDouble()).isEqualTo(1.0);
        assertThat(http.get("/actuator/metrics/ledger.rebuild.running").json().get("measurements").get(0)
                .get("value").asDouble()).isZero();
        Map<String, List<String>> rebuilt = tables();
        for (String table : before.keySet()) {
            List<String> missing = new java.util.ArrayList<>(before.get(table));
            missing.removeAll(rebuilt.get(table));
            List<String> extra = new java.util.ArrayList<>(rebuilt.get(table));
            extra.removeAll(before.get(table));
            assertThat(missing).as(table + " rows lost (rebuilt has " + extra + ")").isEmpty();
            assertThat(rebuilt.get(table)).as(table).hasSameSizeAs(before.get(table));
        }
        assertThat(http.get("/api/v1/subjects/" + company + "/profile").json()).isEqualTo(profileBefore);
        assertThat(indexes()).isEqualTo(indexesBefore);
        // the copies keep the live tables' storage parameters: the subjects' fill factor leaves room for HOT updates
        assertThat(storageParameters()).isEqualTo(storageBefore).contains("credit_profile_subject fillfactor=50");
        // the copies that became the live tables are ordinary ones: an UNLOGGED table would be emptied by a crash
        assertThat(jdbc.sql("SELECT relname || ' ' || relpersistence::text FROM pg_class WHERE relnamespace = "
                        + "'public'::regnamespace AND relkind IN ('r', 'i', 'S') AND relpersistence <> 'p'")
                .query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'projection_re%'")
                .query(Long.class).single()).isZero();

        // the processors continue after the switch: a new write shows once, the earlier ones are not applied again
        HttpJson.Response after = http.post("/api/v1/penalties",
                Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("RB"), company, DAY));
        JsonNode profile = http.get("/api/v1/subjects/" + company + "/profile",
                "X-Ledger-Await-Position", after.header("X-Ledger-Position")).json();
        assertThat(profile.get("penalties").size()).isEqualTo(profileBefore.get("penalties").size() + 1);
        assertThat(jdbc.sql("SELECT corrections FROM credit_profile_record WHERE record_id = ?::uuid")
                .param(penalty).query(Integer.class).single()).isEqualTo(1);
        assertThat(http.get("/api/v1/subjects/" + company + "/events").json().get("events").size())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM subject_record_index i JOIN domain_event_entry e"
                        + " ON e.aggregate_identifier = i.record_id::text WHERE i.subject_code = ?")
                        .param(company).query(Integer.class).single());
        assertThat(position).isNotNull();
    }

    @Test
    void progressOfAnUnknownOrMalformedRebuildIsNotFoundOrBadRequest() {
        HttpJson.Response unknown = http.get("/api/v1/admin/projections/rebuild/0b6f1d8e-4f1c-4a53-9d0e-6d1c2f0f9a11");
        assertThat(unknown.status()).isEqualTo(404);
        HttpJson.Response malformed = http.get("/api/v1/admin/projections/rebuild/not-a-uuid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    private String firstPenalty(String subject) {
        return jdbc.sql("SELECT record_id::text FROM subject_record_index WHERE subject_code = ? AND category = 'PENALTY'"
                        + " ORDER BY record_id LIMIT 1")
                .param(subject).query(String.class).single();
    }

    private JsonNode awaitDone(String location) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode progress = http.get(location).json();
        while (progress.get("state").asString().matches("RUNNING|SWITCHING") && System.nanoTime() < until) {
            Thread.sleep(50);
            progress = http.get(location).json();
        }
        return progress;
    }

    /** Waits until every tracking projection has processed every stored event. */
    private void awaitProjections() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            JsonNode details = http.get("/actuator/health/projections").json().get("details");
            boolean behind = false;
            for (Map.Entry<String, JsonNode> processor : details.properties()) {
                if (processor.getValue().isObject() && processor.getValue().has("behind")
                        && processor.getValue().get("behind").asLong() > 0) {
                    behind = true;
                }
            }
            if (!behind) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("projections did not catch up");
    }

    /** The storage parameters ({@code reloptions}) of the rebuilt tables that have any. */
    private List<String> storageParameters() {
        return jdbc.sql("""
                        SELECT relname || ' ' || array_to_string(reloptions, ',') FROM pg_class
                        WHERE relnamespace = 'public'::regnamespace AND relname IN (:tables) AND reloptions IS NOT NULL
                        ORDER BY 1""")
                .param("tables", ProjectionRebuild.TABLES.values().stream().flatMap(List::stream).toList())
                .query(String.class).list();
    }

    /** The definitions of the indexes and constraints of the rebuilt tables. */
    private List<String> indexes() {
        return jdbc.sql("""
                        SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN (:tables)
                        UNION ALL SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                        FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1""")
                .param("tables", ProjectionRebuild.TABLES.values().stream().flatMap(List::stream).toList())
                .query(String.class).list();
    }

    /** Every row of every rebuilt table, in a stable order. */
    private Map<String, List<String>> tables() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> tables : ProjectionRebuild.TABLES.values()) {
            for (String table : tables) {
                rows.put(table, jdbc.sql("SELECT to_jsonb(t)::text FROM " + table + " t ORDER BY 1")
                        .query(String.class).list());
            }
        }
        return rows;
    }
}
