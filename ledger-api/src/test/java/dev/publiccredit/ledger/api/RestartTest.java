package dev.publiccredit.ledger.api;

import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.TestClients;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.publiccredit.ledger.api.support.HttpJson.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Stop the ledger and start it again on the same database: the same profiles, histories and events. */
class RestartTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path data;

    @Test
    void restartOnTheSameDatabase_givesTheSameProfilesAndHistories() {
        String subject = "91350100M000100Y43";
        Map<String, JsonNode> before;
        String position;
        try (ConfigurableApplicationContext ledger = start()) {
            HttpJson http = http(ledger);
            HttpJson.Response emptyHealth = http.get("/actuator/health");
            assertThat(emptyHealth.status()).as("health of an empty ledger: " + emptyHealth.raw().body())
                    .isEqualTo(200);
            assertThat(emptyHealth.json().get("components").get("projections").get("details")
                    .get("eventStoreHead").asLong()).isEqualTo(-1);
            HttpJson.Response penalty = http.post("/api/v1/penalties",
                    Submissions.penalty("SAMR-FUZHOU", "FZ-1", subject, TODAY.minusDays(10)));
            assertThat(penalty.status()).as(penalty.raw().body()).isEqualTo(201);
            HttpJson.Response licence = http.post("/api/v1/licences",
                    Submissions.licence("SAMR-FUZHOU", "FZ-2", subject, TODAY.minusDays(4)));
            assertThat(licence.status()).as(licence.raw().body()).isEqualTo(201);
            HttpJson.Response corrected = http.post("/api/v1/records/" + penalty.json().get("recordId").asString()
                    + "/corrections", map("changes", map("severity", "SERIOUS"), "reason", "reclassified"));
            assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
            position = corrected.header("X-Ledger-Position");
            before = capture(http, subject, penalty.json().get("recordId").asString(), position);
        }
        try (ConfigurableApplicationContext ledger = start()) {
            Map<String, JsonNode> after = capture(http(ledger), subject,
                    before.get("record").get("recordId").asString(), position);
            assertThat(after).isEqualTo(before);
            assertThat(after.get("profile").get("penalties").get(0).get("severity").asString()).isEqualTo("SERIOUS");
            assertThat(after.get("events").get("events")).hasSize(3);
        }
    }

    private static Map<String, JsonNode> capture(HttpJson http, String subject, String recordId, String position) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        views.put("profile", http.get("/api/v1/subjects/" + subject + "/profile",
                "X-Ledger-Await-Position", position).json());
        views.put("record", http.get("/api/v1/records/" + recordId).json());
        views.put("history", http.get("/api/v1/records/" + recordId + "/disclosure-history").json());
        views.put("events", http.get("/api/v1/subjects/" + subject + "/events").json());
        views.put("statistics", http.get("/api/v1/departments/SAMR-FUZHOU/statistics",
                "X-Ledger-Await-Position", position).json());
        views.values().forEach(v -> assertThat(v.has("status") && v.get("status").isInt()).isFalse());
        return views;
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class, TestClients.class)
                .run("--server.port=0", "--ledger.embedded-postgres.data-directory=" + data);
    }

    private static HttpJson http(ConfigurableApplicationContext ledger) {
        return new HttpJson(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
    }
}
