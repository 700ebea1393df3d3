package dev.publiccredit.ledger.api.rebuild;

import dev.publiccredit.ledger.api.LedgerApplication;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.Submissions;
import dev.publiccredit.ledger.api.support.TestClients;
import dev.publiccredit.ledger.core.shared.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --rebuild-projections} as an operator runs it: a ledger with records is stopped, the command runs as a process
 * of its own on the same database and exits with 0, and the ledger started again answers as before from the rebuilt
 * tables.
 */
class RebuildCommandLineTest {

    private static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(5);

    @TempDir
    Path data;

    @Test
    void rebuildsEveryProjectionAndExitsWithZero() throws Exception {
        String subject = UnifiedSocialCreditCode.complete("9111010800012345").value();
        JsonNode profileBefore;
        JsonNode statisticsBefore;
        long oldTables;
        try (ConfigurableApplicationContext ledger = start()) {
            HttpJson http = http(ledger);
            String position = null;
            for (int i = 0; i < 6; i++) {
                HttpJson.Response created = http.post(i % 2 == 0 ? "/api/v1/penalties" : "/api/v1/licences",
                        i % 2 == 0 ? Submissions.penalty("SAMR-HAIDIAN", "CLI-" + i, subject, DAY)
                                : Submissions.licence("SAMR-HAIDIAN", "CLI-" + i, subject, DAY));
                assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
                position = created.header("X-Ledger-Position");
            }
            profileBefore = http.get("/api/v1/subjects/" + subject + "/profile", "X-Ledger-Await-Position", position)
                    .json();
            statisticsBefore = http.get("/api/v1/departments/SAMR-HAIDIAN/statistics", "X-Ledger-Await-Position",
                    position).json();
            assertThat(profileBefore.get("penalties")).hasSize(3);
            oldTables = tableOid(ledger, "credit_profile_record");
        }

        Path log = data.resolveSibling(data.getFileName() + "-rebuild.log");
        Process rebuild = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                LedgerApplication.class.getName(),
                "--rebuild-projections",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--ledger.embedded-postgres.data-directory=" + data))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = rebuild.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            rebuild.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        assertThat(ended).as(output).isTrue();
        assertThat(rebuild.exitValue()).as(output).isZero();
        java.util.regex.Matcher folded = java.util.regex.Pattern.compile("--rebuild-projections: (\\d+) events folded")
                .matcher(output);
        assertThat(folded.find()).as(output).isTrue();

        try (ConfigurableApplicationContext ledger = start()) {
            HttpJson http = http(ledger);
            // the tables the ledger reads now are the rebuilt ones, not the tables it had before
            assertThat(tableOid(ledger, "credit_profile_record")).isNotEqualTo(oldTables);
            assertThat(Long.parseLong(folded.group(1))).isEqualTo(ledger.getBean(JdbcClient.class)
                    .sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single());
            assertThat(http.get("/api/v1/subjects/" + subject + "/profile").json()).isEqualTo(profileBefore);
            assertThat(http.get("/api/v1/departments/SAMR-HAIDIAN/statistics").json()).isEqualTo(statisticsBefore);
        }
    }

    private static long tableOid(ConfigurableApplicationContext ledger, String table) {
        return ledger.getBean(JdbcClient.class).sql("SELECT ('public.' || ?)::regclass::oid::bigint").param(table)
                .query(Long.class).single();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class, TestClients.class)
                .run("--server.port=0", "--ledger.embedded-postgres.data-directory=" + data);
    }

    private static HttpJson http(ConfigurableApplicationContext ledger) {
        return new HttpJson(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
    }
}
