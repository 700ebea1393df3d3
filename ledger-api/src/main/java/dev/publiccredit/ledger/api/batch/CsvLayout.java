package dev.publiccredit.ledger.api.batch;

import dev.publiccredit.ledger.api.record.LicenceRequest;
import dev.publiccredit.ledger.api.record.PenaltyRequest;
import dev.publiccredit.ledger.api.record.SubjectRequest;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.LicenceCategory;
import dev.publiccredit.ledger.core.shared.PenaltyType;
import dev.publiccredit.ledger.core.shared.Severity;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The national double-publicity CSV layouts (credit-rules.md §2) for licences and penalties: which heading fills
 * which field of the single-record request, which headings are mandatory, and how cell texts become dates, enums and
 * amounts. A row becomes the same {@link PenaltyRequest} or {@link LicenceRequest} a client would post, so it goes
 * through the same {@code SubmissionMapper}; the fields named in its violations are turned back into headings.
 * A file exported from a department's case system, in the national layout as it is, is taken: the four ledger
 * headings {@value #DEPARTMENT}, {@value #RECORD_ID}, {@value #DISCLOSURE} and {@value #SEVERITY} are optional, and
 * a row without them gets the values of {@link Defaults} (the uploading client's department, the decision number,
 * the disclosure class the rules give, the severity its penalty types give, {@link #SEVERITY_BY_PENALTY_TYPE}).
 */
final class CsvLayout {

    enum Kind { PENALTY, LICENCE }

    // headings of the ledger, in addition to the national layout
    static final String DEPARTMENT = "部门代码";
    static final String RECORD_ID = "记录编号";
    static final String DISCLOSURE = "公开类型";
    static final String SEVERITY = "失信严重程度";

    // the subject block, shared by both layouts
    static final String SUBJECT_NAME = "行政相对人名称";
    static final String SUBJECT_KIND = "行政相对人类别";
    static final String CREDIT_CODE = "行政相对人代码_1(统一社会信用代码)";
    static final String REGISTRATION_NUMBER = "行政相对人代码_2(工商注册号)";
    static final String REPRESENTATIVE = "法定代表人";
    static final String REPRESENTATIVE_ID_TYPE = "法定代表人证件类型";
    static final String REPRESENTATIVE_ID_NUMBER = "法定代表人证件号码";
    static final String ID_TYPE = "证件类型";
    static final String ID_NUMBER = "证件号码";
    static final String SOURCE_NAME = "数据来源单位";
    static final String SOURCE_CREDIT_CODE = "数据来源单位统一社会信用代码";
    static final String REMARKS = "备注";

    static final String PENALTY_NUMBER = "行政处罚决定书文号";
    static final String LICENCE_NUMBER = "行政许可决定文书号";

    /** Headings of the national layout that the ledger accepts and does not keep (it decides or lacks them). */
    private static final Set<String> IGNORED_COMMON = Set.of("行政相对人代码_3(组织机构代码)",
            "行政相对人代码_4(税务登记号)", "行政相对人代码_5(事业单位证书号)", "行政相对人代码_6(社会组织登记证号)",
            ID_TYPE);

    private static final List<String> COMMON_MANDATORY = List.of(SUBJECT_NAME, SUBJECT_KIND, SOURCE_NAME,
            SOURCE_CREDIT_CODE);
    private static final List<String> COMMON_OPTIONAL = List.of(DEPARTMENT, RECORD_ID, DISCLOSURE, CREDIT_CODE,
            REGISTRATION_NUMBER, REPRESENTATIVE, REPRESENTATIVE_ID_TYPE, REPRESENTATIVE_ID_NUMBER, ID_NUMBER, REMARKS);

    private static final List<String> PENALTY_MANDATORY = List.of(PENALTY_NUMBER, "违法行为类型", "违法事实", "处罚依据",
            "处罚类别", "处罚内容", "处罚决定日期", "处罚有效期", "处罚机关", "处罚机关统一社会信用代码");
    private static final List<String> PENALTY_OPTIONAL = List.of(SEVERITY, "罚款金额(万元)",
            "没收违法所得、没收非法财物的金额(万元)", "暂扣或吊销证照名称及编号");
    private static final Set<String> PENALTY_IGNORED = Set.of("公示截止期");

    private static final List<String> LICENCE_MANDATORY = List.of("行政许可决定文书名称", LICENCE_NUMBER, "许可类别",
            "许可内容", "许可决定日期", "有效期自", "有效期至", "许可机关", "许可机关统一社会信用代码");
    private static final List<String> LICENCE_OPTIONAL = List.of("许可证书名称", "许可编号");
    private static final Set<String> LICENCE_IGNORED = Set.of("当前状态");

    /** Shorter spellings seen in departments' files, by the heading they stand for. */
    private static final Map<String, String> ALIASES = Map.of(
            "行政相对人代码_1", CREDIT_CODE,
            "行政相对人代码_2", REGISTRATION_NUMBER,
            "罚款金额", "罚款金额(万元)",
            "没收违法所得、没收非法财物的金额", "没收违法所得、没收非法财物的金额(万元)");

    /** The cell texts of the disclosure classes, besides the enum names. */
    static final Map<String, DisclosureClass> DISCLOSURE_NAMES = Map.of("社会公开", DisclosureClass.PUBLIC,
            "授权查询", DisclosureClass.AUTHORIZED, "部门共享", DisclosureClass.SHARED);
    /** The cell texts of the severity classes, besides the enum names. */
    static final Map<String, Severity> SEVERITY_NAMES = Map.of("轻微", Severity.MINOR, "一般", Severity.GENERAL,
            "严重", Severity.SERIOUS);

    /**
     * The severity (失信严重程度) of a penalty type when a file does not give it: the heaviest type of a row wins.
     * The groups follow 行政处罚法 art. 9 and the classes of credit-rules.md §3: a warning or a circulated criticism
     * alone is minor (轻微; such penalties are normally not published); the penalties on property (fines,
     * confiscations) and 其他 are general (一般); those that take away a licence or qualification, restrict or stop
     * the business, or detain a person are serious (严重), as is what 政府采购法实施条例 art. 19 calls a major illegal
     * record (licence revocation, suspension of business). docs/ingest.md explains the table.
     */
    static final Map<PenaltyType, Severity> SEVERITY_BY_PENALTY_TYPE;

    static {
        Map<PenaltyType, Severity> severities = new EnumMap<>(PenaltyType.class);
        for (PenaltyType type : PenaltyType.values()) {
            severities.put(type, switch (type) {
                case WARNING, CIRCULATED_CRITICISM -> Severity.MINOR;
                case FINE, CONFISCATION_OF_ILLEGAL_GAINS, CONFISCATION_OF_ILLEGAL_PROPERTY, OTHER -> Severity.GENERAL;
                case SUSPENSION_OF_LICENCE, DOWNGRADING_OF_QUALIFICATION, REVOCATION_OF_LICENCE,
                     RESTRICTION_OF_BUSINESS_ACTIVITIES, ORDER_TO_SUSPEND_PRODUCTION, ORDER_TO_CLOSE,
                     RESTRICTION_OF_EMPLOYMENT, ADMINISTRATIVE_DETENTION -> Severity.SERIOUS;
            });
        }
        SEVERITY_BY_PENALTY_TYPE = Collections.unmodifiableMap(severities);
    }

    /**
     * What an upload decides for the rows whose file does not say it (no heading, or an empty cell); each null
     * leaves the rule's default.
     *
     * @param department the uploading client's department, for rows without {@value #DEPARTMENT}
     * @param disclosure the parameter {@code disclosure}: the class of every row without {@value #DISCLOSURE};
     *                   without it, {@link #defaultDisclosure}
     * @param severity   the parameter {@code severity}: the class of every penalty without {@value #SEVERITY};
     *                   without it, {@link #severityOf} its penalty types
     */
    record Defaults(@Nullable String department, @Nullable DisclosureClass disclosure, @Nullable Severity severity) {
    }

    /**
     * The disclosure class of a row that does not give one: public (公开为常态, 发改办财金〔2018〕424号), except for a
     * natural person, whose records are never public (credit-rules.md §2): {@code AUTHORIZED} (授权查询), the
     * narrower of the two classes {@code RecordRules} allows for a natural person.
     */
    static DisclosureClass defaultDisclosure(@Nullable SubjectKind subjectKind) {
        return subjectKind == SubjectKind.NATURAL_PERSON ? DisclosureClass.AUTHORIZED : DisclosureClass.PUBLIC;
    }

    /**
     * The severity of a penalty of these types: the heaviest of {@link #SEVERITY_BY_PENALTY_TYPE}. No types (a row
     * whose 处罚类别 is empty or wrong, rejected for that cell) reads as {@code GENERAL}, so that the row is not
     * reported twice.
     */
    static Severity severityOf(@Nullable List<PenaltyType> types) {
        if (types == null || types.isEmpty()) {
            return Severity.GENERAL;
        }
        return types.stream().map(SEVERITY_BY_PENALTY_TYPE::get).max(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * An upload parameter ({@code disclosure}, {@code severity}): the enum name (any case) or the Chinese text of a
     * cell; null when absent, and when it is neither, with a violation naming the parameter added to {@code v}.
     */
    static <E extends Enum<E>> @Nullable E parameter(String name, @Nullable String value, Class<E> type,
                                                      Map<String, E> chinese, List<FieldViolation> v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        E parsed = parse(value.strip(), type, chinese);
        if (parsed == null) {
            v.add(new FieldViolation(name, "must be " + choices(type, chinese) + "; it is 「" + value + "」"));
        }
        return parsed;
    }

    private static <E extends Enum<E>> @Nullable E parse(String text, Class<E> type, Map<String, E> chinese) {
        E value = chinese.get(text);
        if (value != null) {
            return value;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> String choices(Class<E> type, Map<String, E> chinese) {
        return "one of " + String.join(", ", chinese.keySet().stream().sorted().toList()) + " (or "
                + Arrays.toString(type.getEnumConstants()) + ")";
    }

    /** The request field each heading fills, for naming violations by heading. */
    private static final Map<String, String> FIELD_HEADINGS = new HashMap<>();

    static {
        String[][] pairs = {
                {"sourceDepartment", DEPARTMENT}, {"sourceRecordId", RECORD_ID}, {"disclosure", DISCLOSURE},
                {"severity", SEVERITY}, {"sourceDepartmentName", SOURCE_NAME},
                {"sourceDepartmentCreditCode", SOURCE_CREDIT_CODE}, {"remarks", REMARKS},
                {"subject.name", SUBJECT_NAME}, {"subject.kind", SUBJECT_KIND},
                {"subject.registrationNumber", REGISTRATION_NUMBER},
                {"subject.legalRepresentative.name", REPRESENTATIVE},
                {"subject.legalRepresentative.idType", REPRESENTATIVE_ID_TYPE},
                {"subject.legalRepresentative.idNumber", REPRESENTATIVE_ID_NUMBER},
                {"violationType", "违法行为类型"}, {"violationFacts", "违法事实"}, {"legalBasis", "处罚依据"},
                {"penaltyTypes", "处罚类别"}, {"penaltyContent", "处罚内容"}, {"fineAmount", "罚款金额(万元)"},
                {"confiscatedAmount", "没收违法所得、没收非法财物的金额(万元)"},
                {"suspendedOrRevokedLicence", "暂扣或吊销证照名称及编号"}, {"effectiveUntil", "处罚有效期"},
                {"decidingAuthority", "处罚机关"}, {"decidingAuthorityCreditCode", "处罚机关统一社会信用代码"},
                {"decisionDocumentName", "行政许可决定文书名称"}, {"licenceCategory", "许可类别"},
                {"certificateName", "许可证书名称"}, {"licenceNumber", "许可编号"}, {"licenceContent", "许可内容"},
                {"validFrom", "有效期自"}, {"validTo", "有效期至"}, {"licensingAuthority", "许可机关"},
                {"licensingAuthorityCreditCode", "许可机关统一社会信用代码"}};
        for (String[] pair : pairs) {
            FIELD_HEADINGS.put(pair[0], pair[1]);
        }
    }

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Kind kind;
    private final Map<String, Integer> columns;
    private final int width;

    private CsvLayout(Kind kind, Map<String, Integer> columns, int width) {
        this.kind = kind;
        this.columns = columns;
        this.width = width;
    }

    /** A heading as written, without marks of mandatory fields, spaces, BOM, and with ASCII parentheses. */
    static String normalise(String heading) {
        String h = heading.replace("\uFEFF", "").replace('（', '(').replace('）', ')').replace("*", "")
                .replace("＊", "").replaceAll("\\s+", "").strip();
        return ALIASES.getOrDefault(h, h);
    }

    /**
     * The layout of a heading row: licences if it has {@value #LICENCE_NUMBER}, penalties if it has
     * {@value #PENALTY_NUMBER}; every unknown, repeated or missing mandatory heading is a violation of field
     * {@code heading}.
     */
    static CsvLayout of(List<String> headings) {
        List<String> normalised = headings.stream().map(CsvLayout::normalise).toList();
        boolean penalty = normalised.contains(PENALTY_NUMBER);
        boolean licence = normalised.contains(LICENCE_NUMBER);
        List<FieldViolation> v = new ArrayList<>();
        if (penalty == licence) {
            v.add(new FieldViolation("heading", penalty
                    ? "has both " + PENALTY_NUMBER + " and " + LICENCE_NUMBER + ": a file holds penalties or licences"
                    : "names neither " + PENALTY_NUMBER + " (penalties) nor " + LICENCE_NUMBER + " (licences)"));
            throw new BatchRefused.Invalid(v);
        }
        Kind kind = penalty ? Kind.PENALTY : Kind.LICENCE;
        List<String> mandatory = new ArrayList<>(COMMON_MANDATORY);
        mandatory.addAll(penalty ? PENALTY_MANDATORY : LICENCE_MANDATORY);
        List<String> known = new ArrayList<>(mandatory);
        known.addAll(COMMON_OPTIONAL);
        known.addAll(penalty ? PENALTY_OPTIONAL : LICENCE_OPTIONAL);
        Set<String> ignored = penalty ? PENALTY_IGNORED : LICENCE_IGNORED;
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < normalised.size(); i++) {
            String heading = normalised.get(i);
            if (heading.isEmpty()) {
                v.add(new FieldViolation("heading", "column " + (i + 1) + " has no heading"));
            } else if (!known.contains(heading) && !ignored.contains(heading) && !IGNORED_COMMON.contains(heading)) {
                v.add(new FieldViolation(headings.get(i).strip(), "is not a heading of the " + (penalty
                        ? "penalty (行政处罚)" : "licence (行政许可)") + " layout"));
            } else if (columns.putIfAbsent(heading, i) != null) {
                v.add(new FieldViolation(headings.get(i).strip(), "appears twice in the heading row"));
            }
        }
        for (String heading : mandatory) {
            if (!columns.containsKey(heading)) {
                v.add(new FieldViolation(heading, "is a mandatory heading of the " + (penalty
                        ? "penalty (行政处罚)" : "licence (行政许可)") + " layout and is missing"));
            }
        }
        if (!v.isEmpty()) {
            throw new BatchRefused.Invalid(v);
        }
        return new CsvLayout(kind, columns, headings.size());
    }

    Kind kind() {
        return kind;
    }

    /** A row mapped to its request, or the reasons it cannot be (named by heading). */
    record Mapped(@Nullable Object request, List<FieldViolation> violations) {
    }

    /**
     * The row as the request a client would post; violations of cell formats (dates, enums, amounts) with it. What
     * the row does not give comes from {@code defaults} and the rules' defaults.
     */
    Mapped map(List<String> cells, Defaults defaults) {
        List<FieldViolation> v = new ArrayList<>();
        if (cells.size() != width) {
            v.add(new FieldViolation("row", "has " + cells.size() + " columns; the heading row has " + width));
            return new Mapped(null, v);
        }
        Row row = new Row(cells, v);
        SubjectKind subjectKind = row.enumValue(SUBJECT_KIND, SubjectKind.class, Map.of("法人及非法人组织",
                SubjectKind.LEGAL_PERSON, "法人", SubjectKind.LEGAL_PERSON, "非法人组织", SubjectKind.OTHER_ORGANISATION,
                "其他组织", SubjectKind.OTHER_ORGANISATION, "个体工商户", SubjectKind.INDIVIDUAL_BUSINESS, "自然人",
                SubjectKind.NATURAL_PERSON));
        String representative = row.text(REPRESENTATIVE);
        SubjectRequest subject = new SubjectRequest(subjectKind,
                subjectKind == SubjectKind.NATURAL_PERSON ? row.text(ID_NUMBER) : row.text(CREDIT_CODE),
                row.text(SUBJECT_NAME), row.text(REGISTRATION_NUMBER),
                representative == null ? null : new SubjectRequest.LegalRepresentativeRequest(representative,
                        row.text(REPRESENTATIVE_ID_TYPE), row.text(REPRESENTATIVE_ID_NUMBER)));
        DisclosureClass disclosure = row.text(DISCLOSURE) != null
                ? row.enumValue(DISCLOSURE, DisclosureClass.class, DISCLOSURE_NAMES)
                : defaults.disclosure() != null ? defaults.disclosure() : defaultDisclosure(subjectKind);
        String department = row.text(DEPARTMENT) != null ? row.text(DEPARTMENT) : defaults.department();
        String number = row.text(kind == Kind.PENALTY ? PENALTY_NUMBER : LICENCE_NUMBER);
        String recordId = row.text(RECORD_ID);
        if (recordId == null) {
            recordId = number;
        }
        Object request;
        if (kind == Kind.PENALTY) {
            List<PenaltyType> types = row.penaltyTypes("处罚类别");
            Severity severity = row.text(SEVERITY) != null ? row.enumValue(SEVERITY, Severity.class, SEVERITY_NAMES)
                    : defaults.severity() != null ? defaults.severity() : severityOf(types);
            request = new PenaltyRequest(department, row.text(SOURCE_NAME), row.text(SOURCE_CREDIT_CODE),
                    recordId, subject, number, row.date("处罚决定日期"), disclosure, severity, types,
                    row.text("违法行为类型"), row.text("违法事实"), row.text("处罚依据"),
                    row.text("处罚内容"), row.amount("罚款金额(万元)"), row.amount("没收违法所得、没收非法财物的金额(万元)"),
                    row.text("暂扣或吊销证照名称及编号"), row.date("处罚有效期"), row.text("处罚机关"),
                    row.text("处罚机关统一社会信用代码"), row.text(REMARKS));
        } else {
            request = new LicenceRequest(department, row.text(SOURCE_NAME), row.text(SOURCE_CREDIT_CODE),
                    recordId, subject, row.text("行政许可决定文书名称"), number, row.date("许可决定日期"), disclosure,
                    row.enumValue("许可类别", LicenceCategory.class, Arrays.stream(LicenceCategory.values())
                            .collect(Collectors.toMap(LicenceCategory::chineseName, c -> c))),
                    row.text("许可证书名称"), row.text("许可编号"), row.text("许可内容"), row.date("有效期自"),
                    row.date("有效期至"), row.text("许可机关"), row.text("许可机关统一社会信用代码"), row.text(REMARKS));
        }
        return new Mapped(request, v);
    }

    /** The heading that holds {@code field} of the request, for a subject of {@code kind}; the field when none. */
    String heading(String field, @Nullable SubjectKind subjectKind) {
        if (field.equals("subject.code")) {
            return subjectKind == SubjectKind.NATURAL_PERSON ? ID_NUMBER : CREDIT_CODE;
        }
        if (field.equals("decisionNumber")) {
            return kind == Kind.PENALTY ? PENALTY_NUMBER : LICENCE_NUMBER;
        }
        if (field.equals("decisionDate")) {
            return kind == Kind.PENALTY ? "处罚决定日期" : "许可决定日期";
        }
        if ((field.equals("disclosure") || field.equals("severity")) && !columns.containsKey(heading(field))) {
            return field; // the value came from the upload parameter of that name
        }
        return heading(field);
    }

    private static String heading(String field) {
        return FIELD_HEADINGS.getOrDefault(field, field);
    }

    /** The cells of one row by heading; cell-format violations go to {@code v}, the cell then reads as absent. */
    private final class Row {
        private final List<String> cells;
        private final List<FieldViolation> v;

        Row(List<String> cells, List<FieldViolation> v) {
            this.cells = cells;
            this.v = v;
        }

        @Nullable String text(String heading) {
            Integer column = columns.get(heading);
            if (column == null) {
                return null;
            }
            String cell = cells.get(column).strip();
            return cell.isEmpty() ? null : cell;
        }

        @Nullable LocalDate date(String heading) {
            String cell = text(heading);
            if (cell == null) {
                return null;
            }
            for (DateTimeFormatter format : List.of(SLASHED, DateTimeFormatter.ISO_LOCAL_DATE, COMPACT)) {
                try {
                    return LocalDate.parse(cell, format);
                } catch (DateTimeParseException e) {
                    // the next form
                }
            }
            v.add(new FieldViolation(heading, "must be a date written YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD"));
            return null;
        }

        @Nullable BigDecimal amount(String heading) {
            String cell = text(heading);
            if (cell == null) {
                return null;
            }
            try {
                return new BigDecimal(cell.replace(",", ""));
            } catch (NumberFormatException e) {
                v.add(new FieldViolation(heading, "must be a number of 万元, e.g. 1.5"));
                return null;
            }
        }

        <E extends Enum<E>> @Nullable E enumValue(String heading, Class<E> type, Map<String, E> chinese) {
            String cell = text(heading);
            if (cell == null) {
                return null;
            }
            E value = parse(cell, type, chinese);
            if (value == null) {
                v.add(new FieldViolation(heading, "must be " + choices(type, chinese)));
            }
            return value;
        }

        @Nullable List<PenaltyType> penaltyTypes(String heading) {
            String cell = text(heading);
            if (cell == null) {
                return null;
            }
            List<PenaltyType> types = new ArrayList<>();
            for (String part : cell.split("[;；,，、/\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                PenaltyType type = Arrays.stream(PenaltyType.values())
                        .filter(t -> t.chineseName().equals(part) || t.name().equalsIgnoreCase(part))
                        .findFirst().orElse(null);
                if (type == null) {
                    v.add(new FieldViolation(heading, "「" + part + "」 is not a penalty type; one or more of "
                            + Arrays.stream(PenaltyType.values()).map(PenaltyType::chineseName)
                            .collect(Collectors.joining("、")) + ", separated by 、 or ;"));
                    return null;
                }
                types.add(type);
            }
            return types;
        }
    }
}
