package dev.publiccredit.ledger.benchmarks;

import dev.publiccredit.ledger.api.record.PenaltyRequest;
import dev.publiccredit.ledger.core.shared.PenaltyType;
import dev.publiccredit.ledger.core.shared.Severity;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import tools.jackson.databind.JsonNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A department's own penalty file, as its case system exports it, in one upload: the national layout without any of
 * the ledger's headings, encoded GBK, {@link Bench#gbkRows()} rows (a million at scale small and full) with about 1%
 * invalid rows at known row numbers and about 1% repeated rows. The file is written to disk row by row and uploaded
 * from there, streamed, as the client of one department. Checks that every row is accounted for, that the error
 * report names exactly the invalid rows, and that the same file again stores nothing; measures the rate, and the live
 * heap ({@link LiveHeap}) during this file and during one a tenth its size, so that flatness shows. A failed check
 * fails the run.
 */
final class GbkFileScenario implements Scenario {

    static final String TITLE = "Bulk file: GBK penalty file in the national layout";
    static final Charset GBK = Charset.forName("GBK");

    /** The national penalty layout (credit-rules.md §2), every column and none of the ledger's. */
    static final List<String> HEADINGS = List.of("行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)",
            "行政相对人代码_2(工商注册号)", "行政相对人代码_3(组织机构代码)", "行政相对人代码_4(税务登记号)",
            "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)", "法定代表人", "法定代表人证件类型",
            "法定代表人证件号码", "证件类型", "证件号码", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据",
            "处罚类别", "处罚内容", "罚款金额(万元)", "没收违法所得、没收非法财物的金额(万元)", "暂扣或吊销证照名称及编号",
            "处罚决定日期", "处罚有效期", "公示截止期", "处罚机关", "处罚机关统一社会信用代码", "数据来源单位",
            "数据来源单位统一社会信用代码", "备注");

    /** Data row i (0-based) is invalid when i % 100 is this, in turn a bad credit code, an empty cell, a bad date. */
    static final int INVALID_SLOT = 37;
    /** Data row i repeats row i - {@link #REPEAT_DISTANCE} when i % 100 is this. */
    static final int REPEAT_SLOT = 71;
    static final int REPEAT_DISTANCE = 13;

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    @Override
    public String name() {
        return "Bulk file: GBK penalty file in the national layout, one upload (POST /api/v1/batches, CSV)";
    }

    @Override
    public Result run(Bench bench) throws Exception {
        // a file does all its work: the audit log's processor, stopped by the replay's load, runs again and catches up
        bench.bean(EventProcessingConfiguration.class).eventProcessors().values().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor streaming && !streaming.isRunning()) {
                streaming.start();
            }
        });
        BulkPathScenario.awaitProjections(bench);
        long rows = bench.gbkRows();
        long tenthRows = Math.max(1, rows / 10);
        SyntheticData.Department department = SyntheticData.DEPARTMENTS.get(0);
        // forced collections every 5 s; every second for small files, which take seconds
        Duration interval = Duration.ofSeconds(rows < 50_000 ? 1 : 5);
        List<String> checks = new ArrayList<>();
        Path directory = Files.createTempDirectory("ledger-gbk-file-");
        try {
            Ingest tenth = ingest(bench, directory, department, tenthRows, interval, checks);
            Ingest full = ingest(bench, directory, department, rows, interval, checks);
            Ingest again = again(bench, full, interval, checks);
            bench.section(TITLE, section(bench, department, interval, tenth, full, again, checks));
            List<String> failed = checks.stream().filter(c -> c.startsWith("FAILED")).toList();
            if (!failed.isEmpty()) {
                throw new IllegalStateException("GBK file checks failed: " + String.join("; ", failed));
            }
            return new Result(name(), "rows/s", List.of(full.allPerSecond()), null, String.format(Locale.ROOT,
                    "%,d rows, %,d bytes; %,d stored, %,d rejected, %,d duplicates; peak live heap %.0f MB "
                            + "(file a tenth the size: %.0f MB); the same file again stored %d; %s; timed until "
                            + "every running projection has caught up", rows, full.file().bytes(), full.stored(),
                    full.rejected(), full.duplicates(), mb(full.heapPeak()), mb(tenth.heapPeak()), again.stored(),
                    failed.isEmpty() ? "all " + checks.size() + " checks passed" : failed.size() + " checks failed"));
        } finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(directory);
        }
    }

    // ------------------------------------------------------------------------------------------------ the file

    /** A file written: its path and size, its rows, the row numbers of its invalid rows, how many rows repeat. */
    record GbkFile(Path path, long bytes, long rows, TreeSet<Long> invalidRows, long repeated) {
    }

    /** Writes {@code rows} new penalties of {@code department}, row by row, in GBK. */
    static GbkFile write(Bench bench, Path directory, SyntheticData.Department department, long rows)
            throws IOException {
        long first = bench.takeRows(rows);
        Path path = Files.createTempFile(directory, "penalties-", ".csv");
        TreeSet<Long> invalid = new TreeSet<>();
        long repeated = 0;
        // the encoder reports a character GBK lacks instead of writing '?'
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), GBK.newEncoder()),
                1 << 16)) {
            out.write(line(HEADINGS));
            for (long i = 0; i < rows; i++) {
                long slot = i % 100;
                Map<String, String> row;
                if (slot == REPEAT_SLOT) {
                    row = cells(bench.data(), department, first + i - REPEAT_DISTANCE);
                    repeated++;
                } else if (slot == INVALID_SLOT) {
                    row = broken(bench.data(), department, first + i, (int) (i / 100 % 3));
                    invalid.add(i + 2); // the heading is row 1
                } else {
                    row = cells(bench.data(), department, first + i);
                }
                out.write(line(HEADINGS.stream().map(h -> row.getOrDefault(h, "")).toList()));
            }
        }
        return new GbkFile(path, Files.size(path), rows, invalid, repeated);
    }

    /** The cells of penalty {@code index} of {@code department}, as a case system exports it. */
    static Map<String, String> cells(SyntheticData data, SyntheticData.Department department, long index) {
        return cells(data.penalty(index, data.subjectNumber(index), department));
    }

    private static Map<String, String> cells(PenaltyRequest p) {
        Map<String, String> row = new HashMap<>();
        boolean person = p.subject().kind() == SubjectKind.NATURAL_PERSON;
        row.put("行政相对人名称", p.subject().name());
        row.put("行政相对人类别", switch (p.subject().kind()) {
            case LEGAL_PERSON -> "法人及非法人组织";
            case OTHER_ORGANISATION -> "非法人组织";
            case INDIVIDUAL_BUSINESS -> "个体工商户";
            case NATURAL_PERSON -> "自然人";
        });
        row.put(person ? "证件号码" : "行政相对人代码_1(统一社会信用代码)", p.subject().code());
        if (person) {
            row.put("证件类型", "身份证");
        }
        // a serious penalty orders more than a fine, so that the class derived from the types is the feed's
        boolean serious = p.severity() == Severity.SERIOUS;
        List<String> types = new ArrayList<>(p.penaltyTypes().stream().map(PenaltyType::chineseName).toList());
        if (serious) {
            types.add(PenaltyType.ORDER_TO_SUSPEND_PRODUCTION.chineseName());
        }
        row.put("行政处罚决定书文号", p.decisionNumber());
        row.put("违法行为类型", p.violationType());
        row.put("违法事实", p.violationFacts());
        row.put("处罚依据", p.legalBasis());
        row.put("处罚类别", String.join("、", types));
        row.put("处罚内容", p.penaltyContent() + (serious ? "，责令停产停业" : ""));
        row.put("罚款金额(万元)", p.fineAmount() == null ? "" : p.fineAmount().toPlainString());
        row.put("处罚决定日期", p.decisionDate().format(SLASHED));
        row.put("处罚有效期", p.effectiveUntil().format(SLASHED));
        row.put("公示截止期", p.decisionDate().plusYears(1).format(SLASHED));
        row.put("处罚机关", p.decidingAuthority());
        row.put("处罚机关统一社会信用代码", p.decidingAuthorityCreditCode());
        row.put("数据来源单位", p.sourceDepartmentName());
        row.put("数据来源单位统一社会信用代码", p.sourceDepartmentCreditCode());
        return row;
    }

    /** Penalty {@code index} with one mistake: 0 a wrong check character in the credit code, 1 no 违法事实, 2 no such day. */
    private static Map<String, String> broken(SyntheticData data, SyntheticData.Department department, long index,
                                              int how) {
        if (how == 0) {
            long subject = data.subjectNumber(index);
            while (data.subject(subject).kind() == SubjectKind.NATURAL_PERSON) {
                subject = (subject + 1) % data.subjects();
            }
            Map<String, String> row = cells(data.penalty(index, subject, department));
            String code = row.get("行政相对人代码_1(统一社会信用代码)");
            char last = code.charAt(code.length() - 1);
            row.put("行政相对人代码_1(统一社会信用代码)", code.substring(0, code.length() - 1) + (last == '1' ? '2' : '1'));
            return row;
        }
        Map<String, String> row = cells(data, department, index);
        if (how == 1) {
            row.put("违法事实", "");
        } else {
            row.put("处罚决定日期", row.get("处罚决定日期").substring(0, 5) + "02/30");
        }
        return row;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")
                ? "\"" + c.replace("\"", "\"\"") + "\"" : c).collect(Collectors.joining(",")) + "\r\n";
    }

    // ------------------------------------------------------------------------------------------------ the upload

    /** An upload of a file: the batch as it ended, the times, the live heap, the rows the error report names. */
    record Ingest(GbkFile file, JsonNode batch, long completedNanos, long allNanos, long heapBefore, long heapPeak,
                  int heapSamples, TreeSet<Long> reportedRows, List<String> progress) {
        long stored() {
            return batch.path("rowsStored").asLong();
        }

        long rejected() {
            return batch.path("rowsRejected").asLong();
        }

        long duplicates() {
            return batch.path("rowsDuplicate").asLong();
        }

        double completedPerSecond() {
            return file.rows() / (completedNanos / 1e9);
        }

        double allPerSecond() {
            return file.rows() / (allNanos / 1e9);
        }
    }

    /** Writes a file of {@code rows} rows, uploads it, and checks what was stored and reported. */
    private static Ingest ingest(Bench bench, Path directory, SyntheticData.Department department, long rows,
                                 Duration interval, List<String> checks) throws Exception {
        GbkFile file = write(bench, directory, department, rows);
        Ingest ingest = upload(bench, file, department, interval);
        String what = String.format(Locale.ROOT, "%,d-row file", rows);
        check(checks, what + ": read as GBK, penalties, every row", ingest.batch().path("encoding").asString("")
                .equals("GBK") && ingest.batch().path("layout").asString("").equals("PENALTY")
                && ingest.batch().path("fileRows").asLong() == rows, ingest.batch().toString());
        check(checks, what + ": stored + rejected + duplicates = rows",
                ingest.stored() + ingest.rejected() + ingest.duplicates() == rows, counts(ingest));
        check(checks, what + ": " + file.invalidRows().size() + " rejected (the invalid rows), " + file.repeated()
                        + " duplicates (the repeated rows)",
                ingest.rejected() == file.invalidRows().size() && ingest.duplicates() == file.repeated(),
                counts(ingest));
        check(checks, what + ": the error report names exactly the invalid rows",
                ingest.reportedRows().equals(file.invalidRows()), "reported " + abbreviated(ingest.reportedRows())
                        + ", generated " + abbreviated(file.invalidRows()));
        return ingest;
    }

    /** The same file once more: nothing stored, no event appended. */
    private static Ingest again(Bench bench, Ingest full, Duration interval, List<String> checks) throws Exception {
        long events = events(bench);
        Ingest again = upload(bench, full.file(), SyntheticData.DEPARTMENTS.get(0), interval);
        long rows = full.file().rows();
        check(checks, "the same file again: stored 0, every valid row a duplicate", again.stored() == 0
                && again.rejected() == full.file().invalidRows().size()
                && again.duplicates() == rows - full.file().invalidRows().size(), counts(again));
        long after = events(bench);
        check(checks, "the same file again: no event appended (domain_event_entry " + String.format(Locale.ROOT,
                "%,d", events) + ")", after == events, "now " + after);
        return again;
    }

    private static Ingest upload(Bench bench, GbkFile file, SyntheticData.Department department, Duration interval)
            throws Exception {
        List<String> progress = new ArrayList<>();
        long heapBefore;
        long heapPeak;
        int samples;
        long start;
        long completed;
        JsonNode batch;
        try (LiveHeap heap = LiveHeap.start(interval)) {
            heapBefore = heap.first();
            start = System.nanoTime();
            HttpResponse<String> answer = bench.postFile("/api/v1/batches?fileName=penalties-gbk.csv", file.path(),
                    "text/csv", Bench.departmentClient(department.code()));
            if (answer.statusCode() != 202) {
                throw new IllegalStateException("upload of the GBK file answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            String location = answer.headers().firstValue("Location").orElseThrow();
            int[] shown = {-1};
            batch = BulkPathScenario.ended(bench, location, 50, view -> {
                int tenth = (int) (view.path("percent").asDouble() / 10);
                if (tenth > shown[0]) {
                    shown[0] = tenth;
                    progress.add(String.format(Locale.ROOT, "%5.1f%% of the bytes read, %,d rows read, %,.0f rows/s, "
                                    + "%,d stored", view.path("percent").asDouble(), view.path("rowsRead").asLong(),
                            view.path("rowsPerSecond").asDouble(), view.path("rowsStored").asLong()));
                }
            });
            completed = System.nanoTime() - start;
            BulkPathScenario.awaitProjections(bench);
            heap.close();
            heapPeak = heap.peak();
            samples = heap.samples();
        }
        long all = System.nanoTime() - start;
        HttpResponse<String> report = bench.get(batch.path("errorReport").asString());
        TreeSet<Long> reported = new TreeSet<>();
        report.body().lines().skip(1).forEach(line -> reported.add(Long.parseLong(line.substring(0,
                line.indexOf(',')))));
        return new Ingest(file, batch, completed, all, heapBefore, heapPeak, samples, reported, progress);
    }

    private static long events(Bench bench) {
        return bench.jdbc().sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    private static void check(List<String> checks, String what, boolean passed, String otherwise) {
        String line = passed ? "passed: " + what : "FAILED: " + what + " (" + otherwise + ")";
        System.out.println("  " + line);
        checks.add(line);
    }

    private static String counts(Ingest ingest) {
        return "stored " + ingest.stored() + ", rejected " + ingest.rejected() + ", duplicates "
                + ingest.duplicates();
    }

    private static String abbreviated(TreeSet<Long> rows) {
        return rows.size() + " rows " + rows.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "))
                + (rows.size() > 10 ? ", …" : "");
    }

    // ------------------------------------------------------------------------------------------------ the report

    private static String section(Bench bench, SyntheticData.Department department, Duration interval,
                                  Ingest tenth, Ingest full, Ingest again, List<String> checks) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, """
                        The department %s (its client `%s`) uploads its own penalty file as its case system exports \
                        it: the %d columns of the national penalty layout and none of the ledger's headings \
                        (`部门代码`, `记录编号`, `公开类型`, `失信严重程度`: the rows are the client's department's, \
                        the record id is the decision number, the disclosure class and the severity are the \
                        defaults, [ingest](ingest.md#rows-without-the-ledger-headings)), encoded GBK, written to a \
                        temporary file row by row and uploaded from it in one `POST /api/v1/batches`, streamed. The \
                        rows are synthetic penalties (Chinese names, valid credit codes and citizen IDs); data row \
                        i is invalid when i %% 100 = %d (in turn a wrong check character in the credit code, an \
                        empty `违法事实`, a day that does not exist), and repeats row i - %d when i %% 100 = %d (i counts \
                        from 0: data row i is row i + 2 of the spreadsheet and of the error report). \
                        Times run from the upload to COMPLETED, and to every running tracking processor having \
                        caught up: %s.

                        """, department.code(), Bench.departmentClient(department.code()), HEADINGS.size(),
                INVALID_SLOT, REPEAT_DISTANCE, REPEAT_SLOT, processors(bench)));
        md.append("| File | Rows | Bytes | Invalid | Repeated | Stored | Rejected | Duplicates | Rows/s to COMPLETED "
                + "| Rows/s to all projections | Live heap before | Peak live heap | Samples |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        row(md, "a tenth the size", tenth);
        row(md, "the file", full);
        row(md, "the file again", again);
        md.append(String.format(Locale.ROOT, """

                        Live heap: the ledger runs in the harness's JVM (max heap %.0f MB); a sampler forces a full \
                        collection every %d s during each upload, and once before and after it, and reads the heap \
                        in use after it (`LiveHeap`: only a full collection leaves just what is live; the heap after \
                        young collections still holds old-generation garbage, so its peak would follow the \
                        collector's timing, not the file). The pauses are in the rates. Peak with the file: %.0f MB; \
                        with the file a tenth its size: %.0f MB (ratio %.2f for ten times the rows).%s

                        Checks (a failed one fails the run):

                        """, mb(Runtime.getRuntime().maxMemory()), interval.toSeconds(), mb(full.heapPeak()),
                mb(tenth.heapPeak()), full.heapPeak() / (double) Math.max(1, tenth.heapPeak()),
                LiveHeap.fullCollections() ? "" : " **The JVM's options make System.gc() no full collection: "
                        + "these figures include garbage.**"));
        checks.forEach(c -> md.append("- ").append(c).append('\n'));
        md.append("\nProgress of the file as `GET /api/v1/batches/{id}` showed it:\n\n```\n");
        full.progress().forEach(p -> md.append(p).append('\n'));
        md.append("```\n");
        return md.toString();
    }

    /** The tracking processors waited for, and those stopped (after the replay's load, the audit log's). */
    private static String processors(Bench bench) throws Exception {
        JsonNode details = bench.json().readTree(bench.get("/actuator/health/projections").body()).path("details");
        List<String> running = new ArrayList<>();
        List<String> stopped = new ArrayList<>();
        details.properties().forEach(p -> {
            if (p.getValue().isObject()) {
                (p.getValue().path("running").asBoolean(true) ? running : stopped).add("`" + p.getKey() + "`");
            }
        });
        return String.join(", ", running) + (stopped.isEmpty() ? ""
                : " (stopped for the rest of the run, not waited for: " + String.join(", ", stopped) + ")");
    }

    private static void row(StringBuilder md, String what, Ingest i) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,.0f | %,.0f | "
                        + "%.0f MB | %.0f MB | %d |\n", what, i.file().rows(), i.file().bytes(),
                i.file().invalidRows().size(), i.file().repeated(), i.stored(), i.rejected(), i.duplicates(),
                i.completedPerSecond(), i.allPerSecond(), mb(i.heapBefore()), mb(i.heapPeak()), i.heapSamples()));
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }
}
