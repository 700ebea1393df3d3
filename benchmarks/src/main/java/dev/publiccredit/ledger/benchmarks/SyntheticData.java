package dev.publiccredit.ledger.benchmarks;

import dev.publiccredit.ledger.api.record.LicenceRequest;
import dev.publiccredit.ledger.api.record.PenaltyRequest;
import dev.publiccredit.ledger.api.record.SubjectRequest;
import dev.publiccredit.ledger.core.shared.CitizenIdNumber;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.InvalidSubjectIdentifier;
import dev.publiccredit.ledger.core.shared.LicenceCategory;
import dev.publiccredit.ledger.core.shared.PenaltyType;
import dev.publiccredit.ledger.core.shared.Severity;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.core.shared.UnifiedSocialCreditCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic submissions of one district (北京市海淀区-like): subjects with valid unified social credit
 * codes and citizen ID numbers and Chinese names, the licence/penalty mix and severity mix of a district's double
 * publicity feed, disclosure classes by subject kind, about 1% invalid rows and about 1% duplicates.
 *
 * <p>Every value is a function of the seed and an index, so a subject or a row can be made again without keeping
 * the data set in memory: {@link #subject(long)} and {@link #row(long)} always answer the same for the same seed.
 */
public final class SyntheticData {

    /** Decision dates lie in the two years before this day (which must not be after the run's today). */
    static final LocalDate BASE_DATE = LocalDate.of(2026, 10, 30);
    static final double INVALID_SHARE = 0.01;
    static final double DUPLICATE_SHARE = 0.01;
    static final double PENALTY_SHARE = 0.22;

    /** The district's departments: code, name, credit code body (completed with its check characters). */
    static final List<Department> DEPARTMENTS = List.of(
            department("SAMR-HAIDIAN", "北京市海淀区市场监督管理局", "11110108MB0142"),
            department("TAX-HAIDIAN", "国家税务总局北京市海淀区税务局", "11110108MB0155"),
            department("EEB-HAIDIAN", "北京市海淀区生态环境局", "11110108MB0167"),
            department("HOUSING-HAIDIAN", "北京市海淀区住房和城乡建设委员会", "11110108MB0173"),
            department("HEALTH-HAIDIAN", "北京市海淀区卫生健康委员会", "11110108MB0186"),
            department("EMERGENCY-HAIDIAN", "北京市海淀区应急管理局", "11110108MB0191"),
            department("URBAN-HAIDIAN", "北京市海淀区城市管理综合行政执法监察局", "11110108MB0205"),
            department("CULTURE-HAIDIAN", "北京市海淀区文化和旅游局", "11110108MB0212"),
            department("TRANSPORT-HAIDIAN", "北京市海淀区交通委员会", "11110108MB0228"),
            department("FIRE-HAIDIAN", "北京市海淀区消防救援支队", "11110108MB0234"));
    /** How often each department submits (same order): market regulation and tax dominate a district's feed. */
    private static final double[] DEPARTMENT_WEIGHTS = {0.38, 0.17, 0.06, 0.08, 0.09, 0.05, 0.07, 0.04, 0.03, 0.03};

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕鹏宇浩然子涵欣怡梓轩";
    private static final String TRADE_NAMES = "华盛鑫达恒泰宏远中科博瑞金诚天润新辰海纳聚源启明智汇嘉禾永信安康卓越东方";
    private static final List<String> INDUSTRIES = List.of("科技", "商贸", "餐饮管理", "建筑工程", "物业管理", "信息技术",
            "文化传媒", "医药", "教育咨询", "环保工程", "物流", "食品");
    private static final List<String> VIOLATIONS = List.of("虚假宣传", "未按规定公示年度报告", "销售过期食品",
            "无证经营", "超标排放大气污染物", "未按规定申报纳税", "安全生产隐患未整改", "占道经营", "违规装修施工",
            "未取得卫生许可从事经营");
    private static final List<String> LICENCES = List.of("食品经营许可证", "卫生许可证", "排污许可证",
            "建筑工程施工许可证", "道路运输经营许可证", "娱乐经营许可证", "公众聚集场所投入使用营业前消防安全检查合格证");

    private final long seed;
    private final long subjects;

    public SyntheticData(long seed, long subjects) {
        this.seed = seed;
        this.subjects = subjects;
    }

    public long subjects() {
        return subjects;
    }

    public record Department(String code, String name, String creditCode) {
    }

    /** One generated subject (行政相对人). */
    public record Subject(SubjectKind kind, String code, String name) {
        SubjectRequest request() {
            return new SubjectRequest(kind, code, name, null, null);
        }
    }

    /** What a row is meant to be: accepted, refused with a 400, or a resubmission of an earlier row. */
    public enum Kind { VALID, INVALID, DUPLICATE }

    /** One submission: a {@link PenaltyRequest} or a {@link LicenceRequest}. */
    public record Row(long index, Kind kind, Object request) {
        public boolean penalty() {
            return request instanceof PenaltyRequest;
        }
    }

    /** Subject number {@code n} (0-based): 70% companies, 5% other organisations, 10% individual businesses, 15% people. */
    public Subject subject(long n) {
        SplittableRandom r = new SplittableRandom(mix(seed, -1 - n));
        double kind = r.nextDouble();
        String body = organisationBody(n);
        if (kind < 0.70) {
            return new Subject(SubjectKind.LEGAL_PERSON, UnifiedSocialCreditCode.complete("91110108" + body).value(),
                    companyName(r));
        }
        if (kind < 0.75) {
            return new Subject(SubjectKind.OTHER_ORGANISATION,
                    UnifiedSocialCreditCode.complete("52110108" + body).value(),
                    "北京市海淀区" + pick(r, TRADE_NAMES, 2) + "培训学校");
        }
        if (kind < 0.85) {
            return new Subject(SubjectKind.INDIVIDUAL_BUSINESS,
                    UnifiedSocialCreditCode.complete("92110108" + body).value(),
                    "海淀区" + personName(r) + pick(INDUSTRIES, r) + "店");
        }
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55));
        String id;
        int sequence = (int) (n % 1000);
        do {
            // a number that is also a valid credit code is refused as ambiguous where a path names the subject
            id = CitizenIdNumber.complete("110108" + born.toString().replace("-", "")
                    + String.format("%03d", sequence++ % 1000)).value();
        } while (isCreditCode(id));
        return new Subject(SubjectKind.NATURAL_PERSON, id, personName(r));
    }

    private static boolean isCreditCode(String value) {
        try {
            UnifiedSocialCreditCode.parse(value);
            return true;
        } catch (InvalidSubjectIdentifier e) {
            return false;
        }
    }

    /** Row {@code index} of the submission stream, about a subject drawn uniformly from the data set. */
    public Row row(long index) {
        return row(index, Math.floorMod(mix(seed, index), subjects));
    }

    /** Row {@code index} about subject {@code subjectNumber}. */
    public Row row(long index, long subjectNumber) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        double what = r.nextDouble();
        if (what < DUPLICATE_SHARE && index > 0) {
            long earlier = r.nextLong(Math.max(0, index - 1000), index);
            Row original = valid(earlier, subjectNumber(earlier), new SplittableRandom(mix(seed, earlier)));
            return new Row(index, Kind.DUPLICATE, original.request());
        }
        Row valid = valid(index, subjectNumber, r);
        if (what < DUPLICATE_SHARE + INVALID_SHARE) {
            return new Row(index, Kind.INVALID, broken(valid.request(), r));
        }
        return valid;
    }

    /** A row that is always valid (for bulk loading the event store). */
    public Row validRow(long index, long subjectNumber) {
        return valid(index, subjectNumber, new SplittableRandom(mix(seed, index)));
    }

    /** The subject of row {@code index}: drawn uniformly from the data set. */
    long subjectNumber(long index) {
        return Math.floorMod(mix(seed, index), subjects);
    }

    private Row valid(long index, long subjectNumber, SplittableRandom r) {
        r.nextDouble(); // the draw that chose the row's kind
        Subject subject = subject(subjectNumber);
        Department department = department(r);
        String sourceId = department.code() + "-" + Long.toString(seed, 36) + "-" + index;
        LocalDate decided = BASE_DATE.minusDays(r.nextInt(730));
        boolean person = subject.kind() == SubjectKind.NATURAL_PERSON;
        DisclosureClass disclosure = disclosure(person, r);
        if (r.nextDouble() < PENALTY_SHARE) {
            return new Row(index, Kind.VALID, penalty(subject, department, sourceId,
                    "京海" + department.code().charAt(0) + "罚〔" + decided.getYear() + "〕" + (index % 9000 + 1) + "号",
                    decided, disclosure, r));
        }
        String licence = pick(LICENCES, r);
        return new Row(index, Kind.VALID, new LicenceRequest(department.code(), department.name(),
                department.creditCode(), sourceId, subject.request(), licence.replace("证", "") + "决定书",
                "京海" + department.code().charAt(0) + "许〔" + decided.getYear() + "〕" + (index % 9000 + 1) + "号",
                decided, disclosure, r.nextDouble() < 0.85 ? LicenceCategory.ORDINARY : LicenceCategory.REGISTRATION,
                licence, "JY" + (11108000000000L + index), "准予" + licence.replace("证", ""), decided,
                decided.plusYears(5), department.name(), department.creditCode(), null));
    }

    /**
     * Penalty {@code index} of {@code department} about subject {@code subjectNumber}, always valid: a row of one
     * department's own penalty file, with the feed's severity mix. Its decision number holds the index, so that it is
     * unique where the decision number is the record id (a CSV file without 记录编号).
     */
    public PenaltyRequest penalty(long index, long subjectNumber, Department department) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        Subject subject = subject(subjectNumber);
        LocalDate decided = BASE_DATE.minusDays(r.nextInt(730));
        return penalty(subject, department, department.code() + "-" + Long.toString(seed, 36) + "-" + index,
                "京海" + department.code().charAt(0) + "罚〔" + decided.getYear() + "〕" + (index + 1) + "号", decided,
                disclosure(subject.kind() == SubjectKind.NATURAL_PERSON, r), r);
    }

    /** A penalty about {@code subject}: its severity, types, amounts and texts drawn from {@code r}. */
    private static PenaltyRequest penalty(Subject subject, Department department, String sourceId,
                                          String decisionNumber, LocalDate decided, DisclosureClass disclosure,
                                          SplittableRandom r) {
        double s = r.nextDouble();
        Severity severity = s < 0.60 ? Severity.MINOR : s < 0.92 ? Severity.GENERAL : Severity.SERIOUS;
        boolean fine = severity != Severity.MINOR || r.nextBoolean();
        BigDecimal amount = fine ? BigDecimal.valueOf(1 + r.nextInt(5000), 2) : null;
        List<PenaltyType> types = fine ? Arrays.asList(PenaltyType.WARNING, PenaltyType.FINE)
                : Arrays.asList(PenaltyType.WARNING);
        String violation = pick(VIOLATIONS, r);
        return new PenaltyRequest(department.code(), department.name(), department.creditCode(), sourceId,
                subject.request(), decisionNumber, decided, disclosure, severity, types, violation,
                "经查，当事人存在" + violation + "的行为", "《中华人民共和国行政处罚法》第二十八条",
                fine ? "警告，罚款" + amount.toPlainString() + "万元" : "警告", amount, null, null,
                LocalDate.of(2099, 12, 31), department.name(), department.creditCode(), null);
    }

    /** The same row with one field a department typically gets wrong. */
    private static Object broken(Object request, SplittableRandom r) {
        int how = r.nextInt(3);
        if (request instanceof PenaltyRequest) {
            PenaltyRequest p = (PenaltyRequest) request;
            return new PenaltyRequest(p.sourceDepartment(), p.sourceDepartmentName(), p.sourceDepartmentCreditCode(),
                    p.sourceRecordId(), how == 0 ? withBadCode(p.subject()) : p.subject(), p.decisionNumber(),
                    how == 1 ? BASE_DATE.plusYears(5) : p.decisionDate(), p.disclosure(), p.severity(),
                    p.penaltyTypes(), p.violationType(), how == 2 ? " " : p.violationFacts(), p.legalBasis(),
                    p.penaltyContent(), p.fineAmount(), p.confiscatedAmount(), p.suspendedOrRevokedLicence(),
                    p.effectiveUntil(), p.decidingAuthority(), p.decidingAuthorityCreditCode(), p.remarks());
        }
        LicenceRequest l = (LicenceRequest) request;
        return new LicenceRequest(l.sourceDepartment(), l.sourceDepartmentName(), l.sourceDepartmentCreditCode(),
                l.sourceRecordId(), how == 0 ? withBadCode(l.subject()) : l.subject(), l.decisionDocumentName(),
                l.decisionNumber(), how == 1 ? BASE_DATE.plusYears(5) : l.decisionDate(), l.disclosure(),
                l.licenceCategory(), l.certificateName(), l.licenceNumber(), how == 2 ? "" : l.licenceContent(),
                l.validFrom(), l.validTo(), l.licensingAuthority(), l.licensingAuthorityCreditCode(), l.remarks());
    }

    /** A mistyped identifier: the last character changed, so the check character no longer matches. */
    private static SubjectRequest withBadCode(SubjectRequest subject) {
        String code = subject.code();
        char last = code.charAt(code.length() - 1);
        String wrong = code.substring(0, code.length() - 1) + (last == '1' ? '2' : '1');
        return new SubjectRequest(subject.kind(), wrong, subject.name(), null, null);
    }

    private static DisclosureClass disclosure(boolean person, SplittableRandom r) {
        double d = r.nextDouble();
        if (person) {
            return d < 0.7 ? DisclosureClass.AUTHORIZED : DisclosureClass.SHARED;
        }
        return d < 0.90 ? DisclosureClass.PUBLIC : d < 0.97 ? DisclosureClass.SHARED : DisclosureClass.AUTHORIZED;
    }

    private static Department department(SplittableRandom r) {
        double d = r.nextDouble();
        for (int i = 0; i < DEPARTMENT_WEIGHTS.length; i++) {
            d -= DEPARTMENT_WEIGHTS[i];
            if (d < 0) {
                return DEPARTMENTS.get(i);
            }
        }
        return DEPARTMENTS.get(0);
    }

    /** An 8-character organisation code body, distinct for each subject number below 31^8. */
    private static String organisationBody(long n) {
        StringBuilder body = new StringBuilder();
        long rest = n;
        for (int i = 0; i < 8; i++) {
            body.append(UnifiedSocialCreditCode.CHARACTERS.charAt((int) (rest % 31)));
            rest /= 31;
        }
        return body.reverse().toString();
    }

    private static String companyName(SplittableRandom r) {
        return "北京" + pick(r, TRADE_NAMES, 2) + pick(INDUSTRIES, r) + (r.nextInt(4) == 0 ? "股份" : "") + "有限公司";
    }

    private static String personName(SplittableRandom r) {
        return pick(r, SURNAMES, 1) + pick(r, GIVEN, 1 + r.nextInt(2));
    }

    private static String pick(SplittableRandom r, String characters, int count) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < count; i++) {
            name.append(characters.charAt(r.nextInt(characters.length())));
        }
        return name.toString();
    }

    private static <T> T pick(List<T> values, SplittableRandom r) {
        return values.get(r.nextInt(values.size()));
    }

    private static Department department(String code, String name, String first14) {
        // 14 characters given, 2 filled so each department has a distinct code
        String first16 = first14 + "0" + (code.length() % 10);
        return new Department(code, name, UnifiedSocialCreditCode.complete(first16).value());
    }

    /** A well-spread 64-bit value of a seed and an index (SplitMix64 finaliser). */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
