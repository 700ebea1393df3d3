package dev.publiccredit.ledger.api.batch;

import dev.publiccredit.ledger.api.batch.BatchFile.BatchFormat;
import dev.publiccredit.ledger.api.support.BatchFiles;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Problems;
import dev.publiccredit.ledger.api.support.Submissions;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.publiccredit.ledger.api.support.Problems.assertNamed;
import static dev.publiccredit.ledger.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Files the ledger does not take: a problem, never a 500, and nothing stored; and batches that cannot go on. */
class BatchBadInputHttpTest extends LedgerApplicationTest {

    @Autowired
    BatchService service;

    @org.springframework.beans.factory.annotation.Value("${ledger.batch.spool-directory}")
    String spoolDirectory;

    private final String validRow = BatchFiles.line(new ArrayList<>(BatchFiles.penaltyRow("SAMR-HAIDIAN", "R-1",
            Submissions.COMPANY, BatchHttpTest.TODAY).values()));
    private final String heading = BatchFiles.line(BatchFiles.PENALTY_HEADINGS);

    private HttpJson.Response upload(byte[] body, String contentType) {
        return http.postRaw("/api/v1/batches", body, contentType);
    }

    private HttpJson.Response upload(String body) {
        return upload(body.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private long batches() {
        return jdbc.sql("SELECT count(*) FROM ingest_batch").query(Long.class).single();
    }

    @Test
    void malformedFiles_areRefusedWithAProblem_andNothingIsStored() {
        long events = storedEvents();
        long batches = batches();
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        byte[] badBytes = (heading + validRow).getBytes(StandardCharsets.UTF_8);
        badBytes[heading.length() + 2] = (byte) 0xFF; // invalid in UTF-8 and in GBK
        badBytes[heading.length() + 3] = (byte) 0xFF;

        assertNamed(upload(""), "body");
        assertNamed(upload("\r\n\r\n"), "body");
        assertNamed(upload(garbage, "text/csv"), "body");
        assertNamed(upload(garbage, "application/x-ndjson"), "body");
        assertNamed(upload(heading), "body");
        assertNamed(upload(badBytes, "text/csv"), "body");
        assertNamed(upload(heading + validRow.replace("R-1,", "\"R-1,")), "body");
        assertNamed(upload(heading.replace("违法事实", "违法事实（详细）") + validRow), "违法事实（详细）");
        assertNamed(upload(heading.replace("处罚依据,", "") + validRow), "处罚依据");
        assertNamed(upload(heading.replace("处罚依据", "违法事实") + validRow), "违法事实");
        assertNamed(upload("name,code\r\na,b\r\n"), "heading");
        assertProblem(upload(validRow.getBytes(StandardCharsets.UTF_8), "application/json"), 415);
        assertProblem(upload(validRow.getBytes(StandardCharsets.UTF_8), "text/plain"), 415);
        assertProblem(upload(validRow.getBytes(StandardCharsets.UTF_8), null), 415);
        assertProblem(http.postMultipart("/api/v1/batches", "file", "records.xlsx", "application/octet-stream",
                validRow.getBytes(StandardCharsets.UTF_8)), 415);
        assertNamed(http.postMultipart("/api/v1/batches", "other", "records.csv", "text/csv",
                validRow.getBytes(StandardCharsets.UTF_8)), "file");
        assertNamed(http.postRaw("/api/v1/batches", "--x\r\nnonsense".getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=x"), "body");

        assertThat(storedEvents()).isEqualTo(events);
        assertThat(batches()).isEqualTo(batches);
    }

    @Test
    void badUploadParameters_areRefusedNamingTheParameter_andNothingIsStored() {
        long events = storedEvents();
        long batches = batches();
        long spooled = spooled();
        String national = BatchFiles.csv(BatchFiles.NATIONAL_PENALTY_HEADINGS, List.of(BatchFiles.penaltyRow(
                "SAMR-HAIDIAN", "R-2", Submissions.COMPANY, BatchHttpTest.TODAY)));
        String licences = BatchFiles.csv(BatchFiles.NATIONAL_LICENCE_HEADINGS, List.of(BatchFiles.licenceRow(
                "SAMR-HAIDIAN", "R-3", Submissions.COMPANY, BatchHttpTest.TODAY)));
        byte[] jsonLines = "{\"kind\":\"PENALTY\"}\n".getBytes(StandardCharsets.UTF_8);

        assertNamed(http.postRaw("/api/v1/batches?severity=VERY", bytes(national), "text/csv"), "severity");
        assertNamed(http.postRaw("/api/v1/batches?severity=%E5%BE%88%E9%87%8D", bytes(national), "text/csv"),
                "severity");
        assertNamed(http.postRaw("/api/v1/batches?disclosure=SECRET", bytes(national), "text/csv"), "disclosure");
        assertThat(Problems.errorFields(http.postRaw("/api/v1/batches?disclosure=x&severity=y", bytes(national),
                "text/csv"))).containsExactly("disclosure", "severity");
        assertNamed(http.postMultipart("/api/v1/batches?severity=VERY", "file", "处罚.csv", "text/csv",
                bytes(national)), "severity");
        assertNamed(http.postRaw("/api/v1/batches?severity=MINOR", bytes(licences), "text/csv"), "severity");
        assertNamed(http.postRaw("/api/v1/batches?severity=MINOR", jsonLines, "application/x-ndjson"), "severity");
        assertNamed(http.postRaw("/api/v1/batches?disclosure=PUBLIC", jsonLines, "application/x-ndjson"),
                "disclosure");

        assertThat(storedEvents()).isEqualTo(events);
        assertThat(batches()).isEqualTo(batches);
        assertThat(spooled()).as("spool files left").isLessThanOrEqualTo(spooled);
    }

    /** The uploads in the spool directory (a batch that ended may still be deleting its own). */
    private long spooled() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(spoolDirectory))) {
            return files.filter(f -> f.toString().endsWith(".upload")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileOfMoreThanAMillionRecords_isRefusedWhole() {
        StringBuilder file = new StringBuilder(heading);
        String row = ",\n";
        file.append(row.repeat(1_000_001));
        long events = storedEvents();

        HttpJson.Response response = upload(file.toString());

        assertProblem(response, 413, "BATCH_TOO_LARGE");
        assertThat(response.json().get("detail").asString()).contains("1000001 records");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void unknownBatches_are404() {
        assertProblem(http.get("/api/v1/batches/" + UUID.randomUUID()), 404);
        assertProblem(http.get("/api/v1/batches/not-a-uuid"), 404);
        assertProblem(http.get("/api/v1/batches/" + UUID.randomUUID() + "/errors"), 404);
    }

    @Test
    void aClientBoundToADepartment_hasRowsOfOtherDepartmentsRejected() throws Exception {
        String subject = newCompanyCode();
        List<Map<String, String>> rows = List.of(
                BatchFiles.penaltyRow("SAMR-HAIDIAN", Submissions.nextSourceId("OWN"), subject, BatchHttpTest.TODAY),
                BatchFiles.penaltyRow("TAX-HAIDIAN", Submissions.nextSourceId("OTHER"), subject, BatchHttpTest.TODAY));
        byte[] file = BatchFiles.csv(BatchFiles.PENALTY_HEADINGS, rows).getBytes(StandardCharsets.UTF_8);

        HttpJson.Response uploaded = http.as("samr-haidian").postRaw("/api/v1/batches", file, "text/csv");
        assertThat(uploaded.status()).as(uploaded.raw().body()).isEqualTo(202);
        UUID id = UUID.fromString(uploaded.json().get("batchId").asString());

        JsonNode batch = ended(id);
        assertThat(batch.get("rowsStored").asLong()).isEqualTo(1);
        assertThat(batch.get("rowsRejected").asLong()).isEqualTo(1);
        JsonNode error = batch.get("errors").get(0);
        assertThat(error.get("row").asLong()).isEqualTo(3);
        assertThat(error.get("field").asString()).isEqualTo("部门代码");
        assertThat(error.get("reason").asString()).contains("only its own department's records");
    }

    @Test
    void aBatchInterruptedByACrash_isShownFailed_andMayBeUploadedAgain() {
        UUID id = UUID.randomUUID();
        Timestamp longAgo = Timestamp.from(Instant.now().minusSeconds(3600));
        jdbc.sql("""
                        INSERT INTO ingest_batch (batch_id, state, format, layout, encoding, file_bytes, file_rows,
                               spool_path, owner, request_id, actor, rows_read, received_at, started_at, updated_at)
                        VALUES (?, 'RUNNING', 'CSV', 'PENALTY', 'UTF-8', 1000, 10, 'target/none', 'gone', 'r', 'a',
                                4, ?, ?, ?)""")
                .params(id, longAgo, longAgo, longAgo).update();

        JsonNode batch = http.get("/api/v1/batches/" + id).json();

        assertThat(batch.get("state").asString()).isEqualTo("FAILED");
        assertThat(batch.get("failure").asString()).contains("interrupted").contains("upload the file again");
        assertThat(batch.get("rowsRead").asLong()).isEqualTo(4);
        assertThat(batch.get("errorReport").asString()).isEqualTo("/api/v1/batches/" + id + "/errors");
    }

    private JsonNode ended(UUID id) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode batch = http.get("/api/v1/batches/" + id).json();
            if (batch.get("state").asString().equals("COMPLETED")) {
                return batch;
            }
            BatchHttpTest.sleep(20);
        }
        throw new AssertionError("batch " + id + " did not complete");
    }
}
