package dev.publiccredit.ledger.api;

import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection whose handler fails stops at that event and retries: health and metrics show it, the write side and
 * the other projections go on, and once the fault is fixed it catches up with nothing missing.
 */
@TestPropertySource(properties = "ledger.api.await-position-limit=20s")
class ProjectionFaultTest extends LedgerApplicationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void failingProjection_stopsAndRetries_thenCatchesUpWithNothingMissing() {
        String subject = newCompanyCode();
        jdbc.sql("ALTER TABLE credit_profile_record RENAME TO credit_profile_record_offline").update();
        List<String> records = new ArrayList<>();
        String position;
        try {
            HttpJson.Response last = null;
            for (int i = 0; i < 3; i++) {
                last = http.post("/api/v1/penalties", Submissions.penalty("SAMR-FAULT",
                        Submissions.nextSourceId("F"), subject, TODAY.minusDays(i)));
                assertThat(last.status()).as("writes go on while a projection is down").isEqualTo(201);
                records.add(last.json().get("recordId").asString());
            }
            position = last.header("X-Ledger-Position");

            waitUntil(() -> projectionHealth().get("status").asString().equals("DOWN"), "health DOWN");
            JsonNode health = projectionHealth();
            assertThat(health.get("details").get("credit-profile").get("error").asString())
                    .contains("credit_profile_record");
            assertThat(health.get("details").get("disclosure-history").has("error")).isFalse();
            JsonNode errorMetric = http.get("/actuator/metrics/ledger.projection.error?tag=projection:credit-profile")
                    .json();
            assertThat(errorMetric.get("measurements").get(0).get("value").asDouble()).isEqualTo(1.0);
            assertThat(http.get("/api/v1/records/" + records.get(2) + "/disclosure-history").status())
                    .as("other projections go on").isEqualTo(200);
        } finally {
            jdbc.sql("ALTER TABLE credit_profile_record_offline RENAME TO credit_profile_record").update();
        }

        HttpJson.Response profile = http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", position);
        assertThat(profile.status()).isEqualTo(200);
        List<String> shown = new ArrayList<>();
        profile.json().get("penalties").forEach(p -> shown.add(p.get("recordId").asString()));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(records);
        waitUntil(() -> projectionHealth().get("status").asString().equals("UP"), "health UP again");
        assertThat(http.get("/actuator/metrics/ledger.projection.error?tag=projection:credit-profile").json()
                .get("measurements").get(0).get("value").asDouble()).isEqualTo(0.0);
    }

    private JsonNode projectionHealth() {
        return http.get("/actuator/health/projections").json();
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
