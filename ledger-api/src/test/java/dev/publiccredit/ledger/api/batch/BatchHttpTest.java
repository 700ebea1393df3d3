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

/**
 * Batch files over real HTTP: CSV in UTF-8, UTF-8 with BOM and GBK, licences, JSON Lines, errors and duplicates, and
 * files in the national layout as departments export it (no ledger headings).
 */
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

    // ------------------------------------------------------------------ the national layout as it is

    @Test
    void gbkPenaltyFile_inTheNationalLayout_storesTheClientsDepartment_defaultDisclosure_andDerivedSeverity() {
        String company = newCompanyCode();
        Map<String, String> warning = nationalPenalty(company, "警告");
        Map<String, String> fine = nationalPenalty(company, "警告、罚款");
        Map<String, String> revocation = nationalPenalty(company, "罚款;吊销许可证件");
        revocation.put("暂扣或吊销证照名称及编号", "食品经营许可证 JY11108000123456");
        Map<String, String> closure = nationalPenalty(company, "没收违法所得 责令关闭");
        closure.put("没收违法所得、没收非法财物的金额(万元)", "0.8");
        Map<String, String> person = nationalPenalty(company, "罚款");
        String citizen = BatchFiles.naturalPerson(person, "王芳");
        byte[] file = BatchFiles.bytes(BatchFiles.csv(BatchFiles.NATIONAL_PENALTY_HEADINGS,
                List.of(warning, fine, revocation, closure, person)), GBK, false);
        long before = storedEvents();

        JsonNode batch = completed(http.asDepartment("TAX-HAIDIAN").postRaw("/api/v1/batches", file, "text/csv"));

        assertThat(batch.get("encoding").asString()).isEqualTo("GBK");
        assertThat(batch.get("rowsStored").asLong()).as(batch.toString()).isEqualTo(5);
        assertThat(storedEvents()).isEqualTo(before + 5);
        assertStored("TAX-HAIDIAN", warning, "行政处罚决定书文号", "PUBLIC", "MINOR");
        assertStored("TAX-HAIDIAN", fine, "行政处罚决定书文号", "PUBLIC", "GENERAL");
        assertStored("TAX-HAIDIAN", revocation, "行政处罚决定书文号", "PUBLIC", "SERIOUS");
        assertStored("TAX-HAIDIAN", closure, "行政处罚决定书文号", "PUBLIC", "SERIOUS");
        JsonNode stored = assertStored("TAX-HAIDIAN", person, "行政处罚决定书文号", "AUTHORIZED", "GENERAL");
        assertThat(stored.get("subject").get("kind").asString()).isEqualTo("NATURAL_PERSON");
        assertThat(stored.get("subject").get("code").asString()).isEqualTo(citizen);
        // the event records the values decided for the row, as the single path's does
        JsonNode event = JSON.readTree((String) storedRow(stored.get("recordId").asString()).get("payload"));
        assertThat(event.get("severity").asString()).isEqualTo("GENERAL");
        assertThat(event.get("disclosure").asString()).isEqualTo("AUTHORIZED");
        assertThat(event.get("source").get("department").asString()).isEqualTo("TAX-HAIDIAN");
    }

    @Test
    void utf8LicenceFile_inTheNationalLayout_storesTheClientsDepartment_andTheDefaultDisclosure() {
        String company = newCompanyCode();
        Map<String, String> licence = BatchFiles.licenceRow("SAMR-HAIDIAN", "", company, TODAY);
        licence.put("行政许可决定文书号", "京海食许〔2026〕" + Submissions.nextSourceId("N") + "号");
        Map<String, String> person = BatchFiles.licenceRow("SAMR-HAIDIAN", "", company, TODAY);
        person.put("行政许可决定文书号", "京海食许〔2026〕" + Submissions.nextSourceId("N") + "号");
        BatchFiles.naturalPerson(person, "李娜");
        byte[] file = BatchFiles.csv(BatchFiles.NATIONAL_LICENCE_HEADINGS, List.of(licence, person))
                .getBytes(StandardCharsets.UTF_8);

        JsonNode batch = completed(http.asDepartment("SAMR-HAIDIAN").postRaw("/api/v1/batches", file, "text/csv"));

        assertThat(batch.get("layout").asString()).isEqualTo("LICENCE");
        assertThat(batch.get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(batch.get("rowsStored").asLong()).as(batch.toString()).isEqualTo(2);
        assertStored("SAMR-HAIDIAN", licence, "行政许可决定文书号", "PUBLIC", null);
        assertStored("SAMR-HAIDIAN", person, "行政许可决定文书号", "AUTHORIZED", null);
    }

    @Test
    void uploadParameters_setTheSeverityAndDisclosureOfEveryRowWithoutThem_theCellsStillWin() {
        String company = newCompanyCode();
        Map<String, String> warning = nationalPenalty(company, "警告");
        Map<String, String> fine = nationalPenalty(company, "罚款");
        Map<String, String> person = nationalPenalty(company, "罚款");
        BatchFiles.naturalPerson(person, "张伟");
        byte[] national = BatchFiles.csv(BatchFiles.NATIONAL_PENALTY_HEADINGS, List.of(warning, fine, person))
                .getBytes(StandardCharsets.UTF_8);
        // the ledger's headings present: a cell given wins, an empty one takes the parameter
        Map<String, String> given = BatchFiles.penaltyRow("SAMR-HAIDIAN", Submissions.nextSourceId("P"), company,
                TODAY);
        given.put("失信严重程度", "轻微");
        given.put("公开类型", "授权查询");
        Map<String, String> empty = BatchFiles.penaltyRow("SAMR-HAIDIAN", Submissions.nextSourceId("P"), company,
                TODAY);
        empty.put("失信严重程度", "");
        empty.put("公开类型", "");
        empty.put("部门代码", "");
        byte[] ledger = BatchFiles.csv(BatchFiles.PENALTY_HEADINGS, List.of(given, empty))
                .getBytes(StandardCharsets.UTF_8);

        JsonNode first = completed(http.postRaw("/api/v1/batches?severity=SERIOUS&disclosure=shared", national,
                "text/csv"));
        JsonNode second = completed(http.postRaw("/api/v1/batches?severity=%E4%B8%A5%E9%87%8D", ledger,
                "text/csv"));

        assertThat(first.get("rowsStored").asLong()).as(first.toString()).isEqualTo(3);
        assertStored("SAMR-HAIDIAN", warning, "行政处罚决定书文号", "SHARED", "SERIOUS");
        assertStored("SAMR-HAIDIAN", fine, "行政处罚决定书文号", "SHARED", "SERIOUS");
        assertStored("SAMR-HAIDIAN", person, "行政处罚决定书文号", "SHARED", "SERIOUS");
        assertThat(second.get("rowsStored").asLong()).as(second.toString()).isEqualTo(2);
        assertStored("SAMR-HAIDIAN", given, "记录编号", "AUTHORIZED", "MINOR");
        assertStored("SAMR-HAIDIAN", empty, "记录编号", "PUBLIC", "SERIOUS");
    }

    @Test
    void aPublicDisclosureParameter_rejectsTheRowsAboutNaturalPersons_namingTheParameter() {
        String company = newCompanyCode();
        Map<String, String> person = nationalPenalty(company, "罚款");
        BatchFiles.naturalPerson(person, "赵磊");
        byte[] file = BatchFiles.csv(BatchFiles.NATIONAL_PENALTY_HEADINGS, List.of(nationalPenalty(company, "罚款"),
                person)).getBytes(StandardCharsets.UTF_8);

        JsonNode batch = completed(http.postRaw("/api/v1/batches?disclosure=%E7%A4%BE%E4%BC%9A%E5%85%AC%E5%BC%80",
                file, "text/csv"));

        assertThat(batch.get("rowsStored").asLong()).isEqualTo(1);
        assertThat(batch.get("rowsRejected").asLong()).isEqualTo(1);
        assertThat(errors(batch)).containsExactly("3|disclosure");
        assertThat(batch.get("errors").get(0).get("reason").asString()).contains("natural person");
    }

    /** A valid penalty about {@code subject} of these types, with its own decision number and no ledger cells. */
    private static Map<String, String> nationalPenalty(String subject, String types) {
        Map<String, String> row = BatchFiles.penaltyRow("", "", subject, TODAY.minusDays(1));
        BatchFiles.LEDGER_HEADINGS.forEach(row::remove);
        row.put("行政处罚决定书文号", "京海市监罚〔2026〕" + Submissions.nextSourceId("N") + "号");
        row.put("处罚类别", types);
        if (!types.contains("罚款")) {
            row.put("罚款金额(万元)", "");
        }
        return row;
    }

    /**
     * The record of {@code row}, read through the record API: stored for {@code department} under the source record
     * id of the cell {@code idHeading}, with this disclosure class and severity (null: a licence, none).
     */
    private JsonNode assertStored(String department, Map<String, String> row, String idHeading, String disclosure,
                                  String severity) {
        String recordId = dev.publiccredit.ledger.core.shared.RecordId.forSource(
                dev.publiccredit.ledger.core.shared.DepartmentCode.parse(department), row.get(idHeading)).toString();
        HttpJson.Response response = http.get("/api/v1/records/" + recordId);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        JsonNode record = response.json();
        assertThat(record.get("sourceDepartment").asString()).isEqualTo(department);
        assertThat(record.get("sourceRecordId").asString()).isEqualTo(row.get(idHeading));
        assertThat(record.get("disclosure").asString()).as(recordId).isEqualTo(disclosure);
        if (severity == null) {
            assertThat(record.get("severity").isNull()).isTrue();
        } else {
            assertThat(record.get("severity").asString()).as(recordId).isEqualTo(severity);
        }
        return record;
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
