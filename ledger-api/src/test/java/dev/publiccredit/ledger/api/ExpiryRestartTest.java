package dev.publiccredit.ledger.api;

import dev.publiccredit.ledger.api.expiry.ExpirySweep;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.TestClients;
import dev.publiccredit.ledger.api.support.MutableClock;
import dev.publiccredit.ledger.api.support.Submissions;
import dev.publiccredit.ledger.core.shared.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publicity of a penalty expires across a restart: recorded, the ledger stopped and started again on the same
 * database, the clock moved past the latest end; the scheduled sweep ends the disclosure, and however often the sweep
 * runs after that, also from two threads at once, the record stores its end exactly once.
 */
class ExpiryRestartTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 6, 10);
    // GENERAL: disclosed until one year after the decision
    private static final LocalDate LATEST_END = LocalDate.of(2026, 6, 10);

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock();

    @Test
    void expiry_isStoredOnce_afterARestart_howeverOftenTheSweepRuns() throws Exception {
        String subject = UnifiedSocialCreditCode.complete("91350100M000200Y").value();
        String recordId;
        clock.setDate(LocalDate.of(2026, 2, 12));
        try (ConfigurableApplicationContext ledger = start(false)) {
            HttpJson.Response penalty = http(ledger).post("/api/v1/penalties",
                    Submissions.penalty("SAMR-FUZHOU", "FZ-EXP-1", subject, DECIDED));
            assertThat(penalty.status()).as(penalty.raw().body()).isEqualTo(201);
            recordId = penalty.json().get("recordId").asString();
            assertThat(penalty.json().get("publicityWindow").get("latestEndOn").asString())
                    .isEqualTo(LATEST_END.toString());
            assertThat(ledger.getBean(ExpirySweep.class).sweep()).as("nothing due yet").isZero();
        }

        try (ConfigurableApplicationContext ledger = start(true)) {
            HttpJson http = http(ledger);
            JdbcClient jdbc = ledger.getBean(JdbcClient.class);
            clock.setDate(LATEST_END.minusDays(1));
            Thread.sleep(1_000);
            assertThat(ended(jdbc, recordId)).as("disclosed on the day before the latest end").isZero();

            clock.setDate(LATEST_END);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (ended(jdbc, recordId) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(ended(jdbc, recordId)).as("the scheduled sweep ended it").isEqualTo(1);

            ExpirySweep sweep = ledger.getBean(ExpirySweep.class);
            sweep.sweep();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Integer>> twice = new ArrayList<>(List.of(sweep::sweep, sweep::sweep));
                for (Future<Integer> result : pool.invokeAll(twice)) {
                    assertThat(result.get()).isZero();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(ended(jdbc, recordId)).as("still exactly one").isEqualTo(1);

            String position = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single()
                    .toString();
            JsonNode penalty = http.get("/api/v1/subjects/" + subject + "/profile", "X-Ledger-Await-Position",
                    position).json().get("penalties").get(0);
            assertThat(penalty.get("status").asString()).isEqualTo("PUBLICITY_ENDED");
            assertThat(penalty.get("disclosed").asBoolean()).isFalse();
            assertThat(penalty.get("disclosureEndedOn").asString()).isEqualTo(LATEST_END.toString());
            JsonNode history = http.get("/api/v1/records/" + recordId + "/disclosure-history").json();
            JsonNode last = history.get("entries").get(history.get("entries").size() - 1);
            assertThat(last.get("change").asString()).isEqualTo("DISCLOSURE_ENDED");
            assertThat(last.get("cause").asString()).isEqualTo("PUBLICITY_EXPIRED");
            assertThat(last.get("effectiveOn").asString()).isEqualTo(LATEST_END.toString());
            JsonNode event = http.get("/api/v1/subjects/" + subject + "/events").json().get("events").get(1);
            assertThat(event.get("type").asString()).isEqualTo("DisclosureEnded");
            assertThat(event.get("metadata").get("actor").asString()).isEqualTo("expiry-sweep");
            assertThat(event.get("metadata").get("department").asString()).isEqualTo("SAMR-FUZHOU");
        }
    }

    private static long ended(JdbcClient jdbc, String recordId) {
        return jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%.DisclosureEnded'""")
                .param(recordId).query(Long.class).single();
    }

    private ConfigurableApplicationContext start(boolean sweeping) {
        return new SpringApplicationBuilder(LedgerApplication.class, TestClients.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("mutableClock", clock))
                .run("--server.port=0", "--ledger.embedded-postgres.data-directory=" + data,
                        "--ledger.sweep.enabled=" + sweeping, "--ledger.sweep.interval=200ms");
    }

    private static HttpJson http(ConfigurableApplicationContext ledger) {
        return new HttpJson(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
    }
}
