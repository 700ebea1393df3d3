package dev.publiccredit.ledger.api.batch;

import dev.publiccredit.ledger.api.support.BatchFiles;
import dev.publiccredit.ledger.api.support.HttpJson;
import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import dev.publiccredit.ledger.api.support.Submissions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.publiccredit.ledger.api.support.HttpJson.JSON;
import static org.assertj.core.api.Assertions.assertThat;

/** Batch files over real HTTP: CSV in UTF-8, UTF-8 with BOM and GBK, licences, JSON Lines, errors and duplicates. */
class BatchHttpTest extends LedgerApplicationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final Charset GBK = Charset.forName("GBK");

    @Test
    void penaltyCsv_inUtf8_Utf8WithBom_andGbk_storesEveryRow_visibleInTheProfile() {
        for (Object[] encoding : new Object[][] {{StandardCharsets.UTF_8, false, "UTF-8"},
                {StandardCharsets.UTF_8, true, "UTF-8 (BOM)"}, {GBK, false, "GBK"}}) {
            String subject = newCompanyCode();
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rows.add(BatchFiles.penaltyRow("SAMR-HAIDIAN", Submissions.nextSourceId("CSV"), subject,
                        TODAY.minusDays(2)));
            }
            rows.get(2).put("违法事实", "发布虚假广告,\"限时\"促销\r\n第二行");
            long before = storedEvents();

            JsonNode batch = completed(upload(BatchFiles.bytes(BatchFiles.csv(BatchFiles.PENALTY_HEADINGS, rows),
                    (Charset) encoding[0], (Boolean) encoding[1]), "text/csv"));

            assertThat(batch.get("encoding").asString()).isEqualTo(encoding[2]);
            assertThat(batch.get("layout").asString()).isEqualTo("PENALTY");
            assertThat(batch.get("rowsRead").asLong()).isEqualTo(3);
            assertThat(batch.get("rowsStored").asLong()).isEqualTo(3);
            assertThat(batch.get("rowsRejected").asLong()).isZero();
            assertThat(batch.get("percent").asDouble()).isEqualTo(100.0);
            assertThat(batch.get("errors")).isEmpty();
            assertThat(storedEvents()).isEqualTo(before + 3);
            JsonNode profile = profile(subject, 3);
            assertThat(profile.get("subject").get("name").asString()).isEqualTo("北京示例科技有限公司");
            assertThat(jdbc.sql("SELECT count(*) FROM subject_record_index WHERE subject_code = ?").param(subject)
                    .query(Long.class).single()).isEqualTo(3);
            String facts = jdbc.sql("""
                            SELECT convert_from(payload, 'UTF8')::jsonb #>> '{details,violationFacts}'
                            FROM domain_event_entry d JOIN subject_record_index i
                              ON i.record_id::text = d.aggregate_identifier
                            WHERE i.subject_code = ? ORDER BY d.global_index DESC LIMIT 1""")
                    .param(subject).query(String.class).single();
            assertThat(facts).isEqualTo("发布虚假广告,\"限时\"促销\r\n第二行");
        }
    }

    @Test
    void licenceCsv_isStored() {
        String subject = newCompanyCode();
        byte[] file = BatchFiles.csv(BatchFiles.LICENCE_HEADINGS, List.of(
                BatchFiles.licenceRow("SAMR-HAIDIAN", Submissions.nextSourceId("LIC"), subject, TODAY),
                BatchFiles.licenceRow("SAMR-HAIDIAN", Submissions.nextSourceId("LIC"), subject, TODAY)))
                .getBytes(StandardCharsets.UTF_8);

        JsonNode batch = completed(upload(file, "text/csv; charset=UTF-8"));

        assertThat(batch.get("layout").asString()).isEqualTo("LICENCE");
        assertThat(batch.get("rowsStored").asLong()).isEqualTo(2);
        assertThat(profile(subject, 2).get("licences")).hasSize(2);
    }

    @Test
    void jsonLines_ofBothKinds_areStored_andBadLinesReported() {
        String subject = newCompanyCode();
        ObjectNode penalty = JSON.valueToTree(Submissions.penalty("SAMR-HAIDIAN", Submissions.nextSourceId("JL"),
                subject, TODAY));
        penalty.put("kind", "PENALTY");
        ObjectNode licence = JSON.valueToTree(Submissions.licence("SAMR-HAIDIAN", Submissions.nextSourceId("JL"),
                subject, TODAY));
        licence.put("kind", "LICENCE");
        ObjectNode unknownField = licence.deepCopy();
        unknownField.put("colour", "red");
        String file = penalty + "\n\n" + licence + "\n{\"kind\":\"PENALTY\",\n" + unknownField + "\n[1]\n"
                + "{\"kind\":\"LISTING\"}\n";

        JsonNode batch = completed(upload(file.getBytes(StandardCharsets.UTF_8), "application/x-ndjson"));

        assertThat(batch.get("format").asString()).isEqualTo("JSONL");
        assertThat(batch.get("rowsRead").asLong()).isEqualTo(6);
        assertThat(batch.get("rowsStored").asLong()).isEqualTo(2);
        assertThat(batch.get("rowsRejected").asLong()).isEqualTo(4);
        assertThat(errors(batch)).containsExactly("4|body", "5|colour", "6|line", "7|kind");
        JsonNode profile = profile(subject, 2);
        assertThat(profile.get("penalties")).hasSize(1);
        assertThat(profile.get("licences")).hasSize(1);
    }

    @Test
    void mixedRows_storeTheValidOnes_andTheReportNamesRowHeadingAndReason() {
        String subject = newCompanyCode();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(BatchFiles.penaltyRow("SAMR-HAIDIAN", Submissions.nextSourceId("MIX"), subject, TODAY));
        }
        rows.get(1).put("处罚决定日期", "2026年1月5日");                        // row 3
        rows.get(2).put("行政相对人代码_1(统一社会信用代码)", "91110108MA01R7KD84"); // row 4: check character
        rows.get(2).put("处罚类别", "警告;打板子");
        rows.get(4).put("行政相对人名称", "");                                   // row 6
        String csv = BatchFiles.csv(BatchFiles.PENALTY_HEADINGS, rows);
        // row 8: a row with two cells too many, row 9: one with too few
        csv += BatchFiles.line(new ArrayList<>(rows.get(0).values())).replace("\r\n", ",x,y\r\n")
                + "SAMR-HAIDIAN,ONLY-TWO\r\n";
        long before = storedEvents();

        JsonNode batch = completed(upload(csv.getBytes(StandardCharsets.UTF_8), "text/csv"));

        assertThat(batch.get("rowsRead").asLong()).isEqualTo(8);
        assertThat(batch.get("rowsStored").asLong()).isEqualTo(3);
        assertThat(batch.get("rowsRejected").asLong()).isEqualTo(5);
        assertThat(storedEvents()).isEqualTo(before + 3);
        assertThat(errors(batch)).containsExactly("3|处罚决定日期", "4|处罚类别",
                "4|行政相对人代码_1(统一社会信用代码)", "6|行政相对人名称", "8|row", "9|row");

        HttpJson.Response report = http.get("/api/v1/batches/" + batch.get("batchId").asString() + "/errors");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).isEqualTo("text/csv;charset=UTF-8");
        String[] lines = report.raw().body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF行号,字段,原因");
        assertThat(lines).hasSize(7);
        assertThat(lines[1]).startsWith("3,处罚决定日期,").contains("YYYY/MM/DD");
        assertThat(lines[3]).startsWith("4,行政相对人代码_1(统一社会信用代码),");
        assertThat(lines[5]).startsWith("8,row,has 30 columns; the heading row has 28");
    }

    @Test
    void theSameFileTwice_storesNothingTheSecondTime() {
        List<Map<String, String>> rows = new ArrayList<>();
        String subject = newCompanyCode();
        for (int i = 0; i < 4; i++) {
            rows.add(BatchFiles.penaltyRow("SAMR-HAIDIAN", Submissions.nextSourceId("TWICE"), subject, TODAY));
        }
        rows.add(rows.get(0)); // the same record twice in one file
        byte[] file = BatchFiles.csv(BatchFiles.PENALTY_HEADINGS, rows).getBytes(StandardCharsets.UTF_8);

        JsonNode first = completed(upload(file, "text/csv"));
        long after = storedEvents();
        JsonNode second = completed(upload(file, "text/csv"));

        assertThat(first.get("rowsStored").asLong()).isEqualTo(4);
        assertThat(first.get("rowsDuplicate").asLong()).isEqualTo(1);
        assertThat(second.get("rowsStored").asLong()).isZero();
        assertThat(second.get("rowsDuplicate").asLong()).isEqualTo(5);
        assertThat(storedEvents()).isEqualTo(after);
    }

    @Test
    void multipartUpload_isTheSameAsARawBody() {
        String subject = newCompanyCode();
        byte[] file = BatchFiles.csv(BatchFiles.PENALTY_HEADINGS, List.of(BatchFiles.penaltyRow("SAMR-HAIDIAN",
                Submissions.nextSourceId("FORM"), subject, TODAY))).getBytes(GBK);

        HttpJson.Response accepted = http.postMultipart("/api/v1/batches", "file", "处罚.csv",
                "application/octet-stream", file);

        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(202);
        JsonNode batch = completed(accepted);
        assertThat(batch.get("fileName").asString()).isEqualTo("处罚.csv");
        assertThat(batch.get("encoding").asString()).isEqualTo("GBK");
        assertThat(batch.get("rowsStored").asLong()).isEqualTo(1);
    }

    @Test
    void aRecordStoredByTheBatch_isTheEventTheSinglePathStores_withItsAuditLeaf() {
        clock.set(java.time.Instant.parse("2026-03-02T02:00:00Z"));
        LocalDate today = clock.today();
        String subject = newCompanyCode();
        String singleId = Submissions.nextSourceId("SINGLE");
        String batchId = Submissions.nextSourceId("BULK");
        HttpJson.Response single = http.post("/api/v1/penalties",
                Submissions.penalty("SAMR-HAIDIAN", singleId, subject, today.minusDays(2)), "X-Actor", "li.na");
        assertThat(single.status()).isEqualTo(201);
        completed(upload(BatchFiles.csv(BatchFiles.PENALTY_HEADINGS, List.of(BatchFiles.penaltyRow("SAMR-HAIDIAN",
                batchId, subject, today.minusDays(2)))).getBytes(StandardCharsets.UTF_8), "text/csv",
                "X-Actor", "li.na"));

        Map<String, Object> one = storedRow(single.json().get("recordId").asString());
        String bulkRecord = dev.publiccredit.ledger.core.shared.RecordId.forSource(
                dev.publiccredit.ledger.core.shared.DepartmentCode.parse("SAMR-HAIDIAN"), batchId).toString();
        Map<String, Object> other = storedRow(bulkRecord);

        for (String column : List.of("type", "payload_type", "payload_revision", "sequence_number", "time_stamp")) {
            assertThat(other.get(column)).as(column).isEqualTo(one.get(column));
        }
        ObjectNode onePayload = (ObjectNode) JSON.readTree((String) one.get("payload"));
        ObjectNode otherPayload = (ObjectNode) JSON.readTree((String) other.get("payload"));
        assertThat(otherPayload.get("recordId").asString()).isEqualTo(bulkRecord);
        assertThat(otherPayload.get("source").get("sourceRecordId").asString()).isEqualTo(batchId);
        for (ObjectNode payload : List.of(onePayload, otherPayload)) {
            payload.remove("recordId");
            ((ObjectNode) payload.get("source")).remove("sourceRecordId");
        }
        assertThat(otherPayload).isEqualTo(onePayload);
        JsonNode oneMeta = JSON.readTree((String) one.get("meta_data"));
        JsonNode otherMeta = JSON.readTree((String) other.get("meta_data"));
        assertThat(otherMeta.propertyNames()).containsExactlyInAnyOrderElementsOf(oneMeta.propertyNames());
        for (String key : List.of("actor", "actorType", "department", "reason")) {
            assertThat(otherMeta.get(key)).as(key).isEqualTo(oneMeta.get(key));
        }

        long deadline = System.nanoTime() + 10_000_000_000L;
        long leaves = 0;
        while (System.nanoTime() < deadline && leaves == 0) {
            leaves = jdbc.sql("SELECT count(*) FROM audit_log_leaf WHERE event_identifier = ?")
                    .param(other.get("event_identifier")).query(Long.class).single();
        }
        assertThat(leaves).as("audit leaf of the bulk event").isEqualTo(1);
    }

    private Map<String, Object> storedRow(String aggregateId) {
        return jdbc.sql("""
                        SELECT type, payload_type, payload_revision, sequence_number, time_stamp, event_identifier,
                               convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta_data
                        FROM domain_event_entry WHERE aggregate_identifier = ?""")
                .param(aggregateId).query().singleRow();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    HttpJson.Response upload(byte[] file, String contentType, String... headers) {
        return http.postRaw("/api/v1/batches", file, contentType, headers);
    }

    /** Waits for the batch of this 202 to end; answers it, checked COMPLETED. */
    JsonNode completed(HttpJson.Response accepted) {
        return BatchFiles.completed(http, accepted);
    }

    /** The profile once it shows {@code records} records. */
    JsonNode profile(String subject, int records) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonNode profile = null;
        while (System.nanoTime() < deadline) {
            HttpJson.Response response = http.get("/api/v1/subjects/" + subject + "/profile");
            if (response.status() == 200) {
                profile = response.json();
                if (profile.get("penalties").size() + profile.get("licences").size() == records) {
                    return profile;
                }
            }
            sleep(20);
        }
        throw new AssertionError("profile of " + subject + " did not show " + records + " records: " + profile);
    }

    /** The report's row|field pairs, in order. */
    static List<String> errors(JsonNode batch) {
        List<String> errors = new ArrayList<>();
        batch.get("errors").forEach(e -> errors.add(e.get("row").asLong() + "|" + e.get("field").asString()));
        return errors;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
