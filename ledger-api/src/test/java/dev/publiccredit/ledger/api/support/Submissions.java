package dev.publiccredit.ledger.api.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.publiccredit.ledger.api.support.HttpJson.map;

/** Valid submissions with fixed, literal data; each call gets a new source record id unless one is given. */
public final class Submissions {

    public static final String AUTHORITY_CODE = "111101080000123434";
    public static final String COMPANY = "91110108MA01R7KD83";
    public static final String ORGANISATION = "52120116MJ0Q4T2N5W";
    public static final String CITIZEN = "440308200001011234";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Submissions() {
    }

    public static String nextSourceId(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> penalty(String department, String sourceRecordId, String subjectCode,
                                              LocalDate decisionDate) {
        return map(
                "sourceDepartment", department,
                "sourceDepartmentName", "北京市海淀区市场监督管理局",
                "sourceDepartmentCreditCode", AUTHORITY_CODE,
                "sourceRecordId", sourceRecordId,
                "subject", map("kind", "LEGAL_PERSON", "code", subjectCode, "name", "北京示例科技有限公司"),
                "decisionNumber", "京海市监罚〔2026〕101号",
                "decisionDate", decisionDate.toString(),
                "disclosure", "PUBLIC",
                "severity", "GENERAL",
                "penaltyTypes", List.of("WARNING", "FINE"),
                "violationType", "虚假宣传",
                "violationFacts", "在其网站发布虚假广告",
                "legalBasis", "《中华人民共和国广告法》第五十五条",
                "penaltyContent", "警告，罚款1.5万元",
                "fineAmount", 1.5,
                "effectiveUntil", "2099-12-31",
                "decidingAuthority", "北京市海淀区市场监督管理局",
                "decidingAuthorityCreditCode", AUTHORITY_CODE);
    }

    public static Map<String, Object> licence(String department, String sourceRecordId, String subjectCode,
                                              LocalDate decisionDate) {
        return map(
                "sourceDepartment", department,
                "sourceDepartmentName", "北京市海淀区市场监督管理局",
                "sourceDepartmentCreditCode", AUTHORITY_CODE,
                "sourceRecordId", sourceRecordId,
                "subject", map("kind", "LEGAL_PERSON", "code", subjectCode, "name", "北京示例科技有限公司"),
                "decisionDocumentName", "食品经营许可决定书",
                "decisionNumber", "京海食许〔2026〕88号",
                "decisionDate", decisionDate.toString(),
                "disclosure", "PUBLIC",
                "licenceCategory", "ORDINARY",
                "certificateName", "食品经营许可证",
                "licenceNumber", "JY11108000123456",
                "licenceContent", "预包装食品销售",
                "validFrom", decisionDate.toString(),
                "validTo", decisionDate.plusYears(5).toString(),
                "licensingAuthority", "北京市海淀区市场监督管理局",
                "licensingAuthorityCreditCode", AUTHORITY_CODE);
    }

    /** A listing of {@code kind} by SAMR-HAIDIAN (for SERIOUS_DISHONESTY: its notice) decided on {@code decidedOn}. */
    public static Map<String, Object> listing(String kind, String subjectCode, LocalDate decidedOn) {
        return map(
                "kind", kind,
                "sourceDepartment", "SAMR-HAIDIAN",
                "sourceListingId", nextSourceId("LST"),
                "subject", map("kind", "LEGAL_PERSON", "code", subjectCode, "name", "北京示例科技有限公司"),
                "grounds", "拒不履行行政处罚决定，情节严重",
                "legalBasis", "《市场监督管理严重违法失信名单管理办法》第二条",
                "documentNumber", "京海市监告〔2026〕7号",
                "decidedOn", decidedOn.toString(),
                "removalConditions", "履行处罚决定，公开信用承诺");
    }

    /** A legal person's written authorisation (a new document each call) valid from {@code from} to {@code to}. */
    public static Map<String, Object> authorisation(LocalDate from, LocalDate to) {
        return map(
                "subjectKind", "LEGAL_PERSON",
                "purpose", "纳税信用评价：核查行政处罚信息",
                "documentReference", "授权书-" + nextSourceId("AUT"),
                "validFrom", from.toString(),
                "expiresOn", to.toString());
    }
}
