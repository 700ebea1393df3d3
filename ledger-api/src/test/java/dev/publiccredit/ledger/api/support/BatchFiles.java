package dev.publiccredit.ledger.api.support;

import dev.publiccredit.ledger.core.shared.CitizenIdNumber;
import dev.publiccredit.ledger.core.shared.UnifiedSocialCreditCode;
import tools.jackson.databind.JsonNode;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batch files in the national double-publicity layouts, built row by row: each row starts valid (the same record as
 * {@link Submissions}) and a test changes the cells it needs. Rows are written as Excel writes them (CRLF, quotes
 * where needed).
 */
public final class BatchFiles {

    public static final List<String> PENALTY_HEADINGS = List.of("部门代码", "记录编号", "公开类型", "失信严重程度",
            "行政相对人名称", "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)",
            "法定代表人", "证件类型", "证件号码", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别",
            "处罚内容", "罚款金额(万元)", "没收违法所得、没收非法财物的金额(万元)", "暂扣或吊销证照名称及编号",
            "处罚决定日期", "处罚有效期", "公示截止期", "处罚机关", "处罚机关统一社会信用代码", "数据来源单位",
            "数据来源单位统一社会信用代码", "备注");

    public static final List<String> LICENCE_HEADINGS = List.of("部门代码", "记录编号", "公开类型", "行政相对人名称",
            "行政相对人类别", "行政相对人代码_1(统一社会信用代码)", "法定代表人", "行政许可决定文书名称", "行政许可决定文书号",
            "许可类别", "许可证书名称", "许可编号", "许可内容", "许可决定日期", "有效期自", "有效期至", "许可机关",
            "许可机关统一社会信用代码", "当前状态", "数据来源单位", "数据来源单位统一社会信用代码", "备注");

    /** The ledger's own headings, which a file in the national layout as it is does not have. */
    public static final List<String> LEDGER_HEADINGS = List.of("部门代码", "记录编号", "公开类型", "失信严重程度");

    /** The subject block of the national layouts (credit-rules.md §2), every column. */
    private static final List<String> NATIONAL_SUBJECT = List.of("行政相对人名称", "行政相对人类别",
            "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(工商注册号)", "行政相对人代码_3(组织机构代码)",
            "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)",
            "法定代表人", "法定代表人证件类型", "法定代表人证件号码", "证件类型", "证件号码");

    /** The national penalty layout as departments export it: every column, none of the ledger's. */
    public static final List<String> NATIONAL_PENALTY_HEADINGS = Stream.concat(NATIONAL_SUBJECT.stream(), Stream.of(
            "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容", "罚款金额(万元)",
            "没收违法所得、没收非法财物的金额(万元)", "暂扣或吊销证照名称及编号", "处罚决定日期", "处罚有效期", "公示截止期",
            "处罚机关", "处罚机关统一社会信用代码", "数据来源单位", "数据来源单位统一社会信用代码", "备注")).toList();

    /** The national licence layout as departments export it: every column, none of the ledger's. */
    public static final List<String> NATIONAL_LICENCE_HEADINGS = Stream.concat(NATIONAL_SUBJECT.stream(), Stream.of(
            "行政许可决定文书名称", "行政许可决定文书号", "许可类别", "许可证书名称", "许可编号", "许可内容", "许可决定日期",
            "有效期自", "有效期至", "许可机关", "许可机关统一社会信用代码", "当前状态", "数据来源单位",
            "数据来源单位统一社会信用代码", "备注")).toList();

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private BatchFiles() {
    }

    /** The cells of a valid penalty: the record of {@link Submissions#penalty}. */
    public static Map<String, String> penaltyRow(String department, String sourceRecordId, String subjectCode,
                                                 LocalDate decisionDate) {
        Map<String, String> row = new LinkedHashMap<>();
        PENALTY_HEADINGS.forEach(h -> row.put(h, ""));
        row.put("部门代码", department);
        row.put("记录编号", sourceRecordId);
        row.put("公开类型", "社会公开");
        row.put("失信严重程度", "一般");
        row.put("行政相对人名称", "北京示例科技有限公司");
        row.put("行政相对人类别", "法人及非法人组织");
        row.put("行政相对人代码_1(统一社会信用代码)", subjectCode);
        row.put("行政处罚决定书文号", "京海市监罚〔2026〕101号");
        row.put("违法行为类型", "虚假宣传");
        row.put("违法事实", "在其网站发布虚假广告");
        row.put("处罚依据", "《中华人民共和国广告法》第五十五条");
        row.put("处罚类别", "警告;罚款");
        row.put("处罚内容", "警告，罚款1.5万元");
        row.put("罚款金额(万元)", "1.5");
        row.put("处罚决定日期", decisionDate.format(SLASHED));
        row.put("处罚有效期", "2099/12/31");
        row.put("处罚机关", "北京市海淀区市场监督管理局");
        row.put("处罚机关统一社会信用代码", Submissions.AUTHORITY_CODE);
        row.put("数据来源单位", "北京市海淀区市场监督管理局");
        row.put("数据来源单位统一社会信用代码", Submissions.AUTHORITY_CODE);
        return row;
    }

    /** The cells of a valid licence: the record of {@link Submissions#licence}. */
    public static Map<String, String> licenceRow(String department, String sourceRecordId, String subjectCode,
                                                 LocalDate decisionDate) {
        Map<String, String> row = new LinkedHashMap<>();
        LICENCE_HEADINGS.forEach(h -> row.put(h, ""));
        row.put("部门代码", department);
        row.put("记录编号", sourceRecordId);
        row.put("公开类型", "社会公开");
        row.put("行政相对人名称", "北京示例科技有限公司");
        row.put("行政相对人类别", "法人及非法人组织");
        row.put("行政相对人代码_1(统一社会信用代码)", subjectCode);
        row.put("行政许可决定文书名称", "食品经营许可决定书");
        row.put("行政许可决定文书号", "京海食许〔2026〕88号");
        row.put("许可类别", "普通");
        row.put("许可证书名称", "食品经营许可证");
        row.put("许可编号", "JY11108000123456");
        row.put("许可内容", "预包装食品销售");
        row.put("许可决定日期", decisionDate.format(SLASHED));
        row.put("有效期自", decisionDate.format(SLASHED));
        row.put("有效期至", decisionDate.plusYears(5).format(SLASHED));
        row.put("许可机关", "北京市海淀区市场监督管理局");
        row.put("许可机关统一社会信用代码", Submissions.AUTHORITY_CODE);
        row.put("当前状态", "有效");
        row.put("数据来源单位", "北京市海淀区市场监督管理局");
        row.put("数据来源单位统一社会信用代码", Submissions.AUTHORITY_CODE);
        return row;
    }

    /** The heading row and the rows, CRLF-terminated. */
    public static String csv(List<String> headings, List<Map<String, String>> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(line(headings));
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            headings.forEach(h -> cells.add(row.getOrDefault(h, "")));
            csv.append(line(cells));
        }
        return csv.toString();
    }

    public static byte[] bytes(String text, Charset charset, boolean bom) {
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    public static String line(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add(cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                    ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", quoted) + "\r\n";
    }

    /**
     * The row about a natural person (自然人) instead: named {@code name}, identified by a new citizen ID number in
     * 证件号码, no credit code. Answers the ID number.
     */
    public static String naturalPerson(Map<String, String> row, String name) {
        String id = CitizenIdNumber.complete("110108" + (1950 + ThreadLocalRandom.current().nextInt(50)) + "0101"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000))).value();
        row.put("行政相对人名称", name);
        row.put("行政相对人类别", "自然人");
        row.put("行政相对人代码_1(统一社会信用代码)", "");
        row.put("证件类型", "身份证");
        row.put("证件号码", id);
        return id;
    }

    /** A valid credit code numbered {@code n} (distinct codes for distinct n below 10^8). */
    public static String companyCode(long n) {
        return UnifiedSocialCreditCode.complete("91110108" + String.format("%08d", n % 100_000_000)).value();
    }

    /** Waits for the batch of this 202 ({@code POST /api/v1/batches}) to end; answers it, checked COMPLETED. */
    public static JsonNode completed(HttpJson http, HttpJson.Response accepted) {
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).isEqualTo("/api/v1/batches/" + accepted.json().get("batchId").asString());
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode batch = http.get(location).json();
            String state = batch.get("state").asString();
            if (state.equals("COMPLETED") || state.equals("FAILED")) {
                assertThat(state).as(batch.toString()).isEqualTo("COMPLETED");
                return batch;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("batch did not end within 60 s: " + location);
    }
}
