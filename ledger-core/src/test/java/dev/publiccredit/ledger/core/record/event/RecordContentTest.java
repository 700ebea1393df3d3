package dev.publiccredit.ledger.core.record.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.LicenceCategory;
import dev.publiccredit.ledger.core.shared.PenaltyType;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.Severity;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RecordContentTest {

    static final RecordSource SOURCE = new RecordSource(new DepartmentCode("SAMR-HAIDIAN"),
            "北京市海淀区市场监督管理局", "111101080000123434", "XZCF-2025-0042");
    static final SubjectDescription SUBJECT = new SubjectDescription(SubjectKind.LEGAL_PERSON, "91110108MA01R7KD83",
            "北京示例科技有限公司", null, new LegalRepresentative("张三", "身份证", "440308200001011234"));

    static final PenaltyDetails PENALTY_DETAILS = new PenaltyDetails("京海市监罚〔2025〕42号", "虚假宣传",
            "在官方网站发布虚假的产品检测报告", "《中华人民共和国反不正当竞争法》第二十条",
            List.of(PenaltyType.FINE, PenaltyType.WARNING), "警告，罚款0.5万元", new BigDecimal("0.5"),
            new BigDecimal("0.3"), "食品经营许可证 JY11101080000001", LocalDate.of(2025, 9, 26),
            LocalDate.of(2026, 9, 26), "北京市海淀区市场监督管理局", "111101080000123434", "已缴纳罚款");
    static final RecordContent PENALTY = new RecordContent(RecordCategory.PENALTY, SOURCE, SUBJECT,
            DisclosureClass.PUBLIC, Severity.GENERAL, PENALTY_DETAILS, null);

    static final LicenceDetails LICENCE_DETAILS = new LicenceDetails("食品经营许可决定书", "京海食许〔2026〕7号",
            LicenceCategory.ORDINARY, "食品经营许可证", "JY11101080000002", "预包装食品销售", LocalDate.of(2026, 2, 12),
            LocalDate.of(2026, 2, 12), LocalDate.of(2031, 2, 11), "北京市海淀区市场监督管理局", "111101080000123434",
            "新办");
    static final RecordContent LICENCE = new RecordContent(RecordCategory.LICENCE, SOURCE, SUBJECT,
            DisclosureClass.PUBLIC, null, null, LICENCE_DETAILS);

    /** Per penalty field: its value in {@link #PENALTY}, and another value, both in canonical text form. */
    static final Map<CorrectableField, List<String>> PENALTY_VALUES = new EnumMap<>(Map.ofEntries(
            Map.entry(CorrectableField.SUBJECT_NAME, List.of("北京示例科技有限公司", "北京新名科技有限公司")),
            Map.entry(CorrectableField.DISCLOSURE, List.of("PUBLIC", "SHARED")),
            Map.entry(CorrectableField.DECISION_NUMBER, List.of("京海市监罚〔2025〕42号", "京海市监罚〔2025〕43号")),
            Map.entry(CorrectableField.DECISION_DATE, List.of("2025-09-26", "2025-09-25")),
            Map.entry(CorrectableField.REMARKS, List.of("已缴纳罚款", "罚款已于2025-10-09缴纳")),
            Map.entry(CorrectableField.SEVERITY, List.of("GENERAL", "SERIOUS")),
            Map.entry(CorrectableField.VIOLATION_TYPE, List.of("虚假宣传", "虚假商业宣传")),
            Map.entry(CorrectableField.VIOLATION_FACTS,
                    List.of("在官方网站发布虚假的产品检测报告", "在官方网站及宣传册发布虚假的产品检测报告")),
            Map.entry(CorrectableField.LEGAL_BASIS,
                    List.of("《中华人民共和国反不正当竞争法》第二十条", "《中华人民共和国反不正当竞争法》第二十条第一款")),
            Map.entry(CorrectableField.PENALTY_TYPES, List.of("FINE,WARNING", "FINE,CONFISCATION_OF_ILLEGAL_GAINS")),
            Map.entry(CorrectableField.PENALTY_CONTENT, List.of("警告，罚款0.5万元", "罚款0.8万元，没收违法所得")),
            Map.entry(CorrectableField.FINE_AMOUNT, List.of("0.5", "0.8")),
            Map.entry(CorrectableField.CONFISCATED_AMOUNT, List.of("0.3", "1.25")),
            Map.entry(CorrectableField.SUSPENDED_OR_REVOKED_LICENCE,
                    List.of("食品经营许可证 JY11101080000001", "食品经营许可证 JY11101080000009")),
            Map.entry(CorrectableField.EFFECTIVE_UNTIL, List.of("2026-09-26", "2099-12-31")),
            Map.entry(CorrectableField.DECIDING_AUTHORITY, List.of("北京市海淀区市场监督管理局", "北京市市场监督管理局"))));

    /** Per licence field: its value in {@link #LICENCE}, and another value, both in canonical text form. */
    static final Map<CorrectableField, List<String>> LICENCE_VALUES = new EnumMap<>(Map.ofEntries(
            Map.entry(CorrectableField.SUBJECT_NAME, List.of("北京示例科技有限公司", "北京新名科技有限公司")),
            Map.entry(CorrectableField.DISCLOSURE, List.of("PUBLIC", "AUTHORIZED")),
            Map.entry(CorrectableField.DECISION_NUMBER, List.of("京海食许〔2026〕7号", "京海食许〔2026〕8号")),
            Map.entry(CorrectableField.DECISION_DATE, List.of("2026-02-12", "2026-02-11")),
            Map.entry(CorrectableField.REMARKS, List.of("新办", "变更")),
            Map.entry(CorrectableField.DECISION_DOCUMENT_NAME, List.of("食品经营许可决定书", "准予行政许可决定书")),
            Map.entry(CorrectableField.LICENCE_CATEGORY, List.of("ORDINARY", "APPROVAL")),
            Map.entry(CorrectableField.CERTIFICATE_NAME, List.of("食品经营许可证", "食品生产许可证")),
            Map.entry(CorrectableField.LICENCE_NUMBER, List.of("JY11101080000002", "SC11101080000003")),
            Map.entry(CorrectableField.LICENCE_CONTENT, List.of("预包装食品销售", "预包装食品销售，散装食品销售")),
            Map.entry(CorrectableField.VALID_FROM, List.of("2026-02-12", "2026-02-13")),
            Map.entry(CorrectableField.VALID_TO, List.of("2031-02-11", "2099-12-31")),
            Map.entry(CorrectableField.LICENSING_AUTHORITY, List.of("北京市海淀区市场监督管理局", "北京市市场监督管理局"))));

    @Test
    void valueTables_coverEveryCorrectableFieldOfTheirCategory() {
        assertThat(PENALTY_VALUES.keySet()).containsExactlyInAnyOrderElementsOf(fieldsOf(RecordCategory.PENALTY));
        assertThat(LICENCE_VALUES.keySet()).containsExactlyInAnyOrderElementsOf(fieldsOf(RecordCategory.LICENCE));
    }

    static Stream<Arguments> penaltyFields() {
        return PENALTY_VALUES.entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue().get(0), e.getValue().get(1)));
    }

    static Stream<Arguments> licenceFields() {
        return LICENCE_VALUES.entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue().get(0), e.getValue().get(1)));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("penaltyFields")
    void penalty_readsTheField_andWithChangesOnlyThatField(CorrectableField field, String current, String other) {
        assertThat(PENALTY.read(field)).isEqualTo(current);

        RecordContent changed = PENALTY.with(field, other);

        assertThat(changed.read(field)).isEqualTo(other);
        for (CorrectableField unchanged : fieldsOf(RecordCategory.PENALTY)) {
            if (unchanged != field) {
                assertThat(changed.read(unchanged)).as(unchanged.name()).isEqualTo(PENALTY.read(unchanged));
            }
        }
        assertThat(changed.with(field, current)).isEqualTo(PENALTY);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("licenceFields")
    void licence_readsTheField_andWithChangesOnlyThatField(CorrectableField field, String current, String other) {
        assertThat(LICENCE.read(field)).isEqualTo(current);

        RecordContent changed = LICENCE.with(field, other);

        assertThat(changed.read(field)).isEqualTo(other);
        for (CorrectableField unchanged : fieldsOf(RecordCategory.LICENCE)) {
            if (unchanged != field) {
                assertThat(changed.read(unchanged)).as(unchanged.name()).isEqualTo(LICENCE.read(unchanged));
            }
        }
        assertThat(changed.with(field, current)).isEqualTo(LICENCE);
    }

    @Test
    void with_setsTheTypedValues_ofThePenalty() {
        RecordContent changed = PENALTY.with(CorrectableField.DECISION_DATE, "2025-09-25")
                .with(CorrectableField.SEVERITY, "SERIOUS")
                .with(CorrectableField.FINE_AMOUNT, "0.8")
                .with(CorrectableField.PENALTY_TYPES, "FINE,CONFISCATION_OF_ILLEGAL_GAINS")
                .with(CorrectableField.DISCLOSURE, "SHARED")
                .with(CorrectableField.SUBJECT_NAME, "北京新名科技有限公司");

        assertThat(changed.decisionDate()).isEqualTo(LocalDate.of(2025, 9, 25));
        assertThat(changed.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(changed.penalty()).isNotNull();
        assertThat(changed.penalty().fineAmount()).isEqualByComparingTo("0.8");
        assertThat(changed.penalty().penaltyTypes())
                .containsExactly(PenaltyType.FINE, PenaltyType.CONFISCATION_OF_ILLEGAL_GAINS);
        assertThat(changed.disclosure()).isEqualTo(DisclosureClass.SHARED);
        assertThat(changed.subject()).isEqualTo(SUBJECT.withName("北京新名科技有限公司"));
        // what cannot be corrected stays
        assertThat(changed.source()).isEqualTo(SOURCE);
        assertThat(changed.penalty().decidingAuthorityCreditCode()).isEqualTo("111101080000123434");
    }

    @Test
    void with_setsTheTypedValues_ofTheLicence() {
        RecordContent changed = LICENCE.with(CorrectableField.LICENCE_CATEGORY, "approval")
                .with(CorrectableField.VALID_TO, "2099-12-31");

        assertThat(changed.licence()).isNotNull();
        assertThat(changed.licence().licenceCategory()).isEqualTo(LicenceCategory.APPROVAL);
        assertThat(changed.licence().validTo()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(changed.licence().licensingAuthorityCreditCode()).isEqualTo("111101080000123434");
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "1.50,      1.5",
        "2.000000,  2",
        "100,       100",
        "0.012345,  0.012345",
        "' 0.80 ',  0.8",
    })
    void decimal_readsInCanonicalForm(String written, String read) {
        assertThat(PENALTY.with(CorrectableField.FINE_AMOUNT, written).read(CorrectableField.FINE_AMOUNT))
                .isEqualTo(read);
    }

    @Test
    void decimal_keepsTheValueItWasGiven() {
        RecordContent changed = PENALTY.with(CorrectableField.CONFISCATED_AMOUNT, "1.50");

        assertThat(changed.penalty()).isNotNull();
        assertThat(changed.penalty().confiscatedAmount()).isEqualByComparingTo(new BigDecimal("1.5"));
    }

    @Test
    void penaltyTypes_readAsNamesJoinedByCommas_inTheRecordedOrder() {
        assertThat(PENALTY.read(CorrectableField.PENALTY_TYPES)).isEqualTo("FINE,WARNING");
        assertThat(PENALTY.with(CorrectableField.PENALTY_TYPES, "warning, fine").read(CorrectableField.PENALTY_TYPES))
                .isEqualTo("WARNING,FINE");
    }

    @Test
    void optionalField_setToNullOrBlank_readsNull() {
        assertThat(PENALTY.with(CorrectableField.REMARKS, null).read(CorrectableField.REMARKS)).isNull();
        assertThat(PENALTY.with(CorrectableField.FINE_AMOUNT, "  ").read(CorrectableField.FINE_AMOUNT)).isNull();
        assertThat(LICENCE.with(CorrectableField.CERTIFICATE_NAME, "").read(CorrectableField.CERTIFICATE_NAME))
                .isNull();
    }

    @Test
    void with_stripsSurroundingSpace() {
        assertThat(PENALTY.with(CorrectableField.VIOLATION_TYPE, "  虚假商业宣传 ").read(CorrectableField.VIOLATION_TYPE))
                .isEqualTo("虚假商业宣传");
    }

    @ParameterizedTest(name = "{0} = ''{1}'': {2}")
    @CsvSource(delimiter = '|', value = {
        "DECISION_DATE      | 2025/09/26         | must be a date in the form YYYY-MM-DD",
        "EFFECTIVE_UNTIL    | 2026-02-30         | must be a date in the form YYYY-MM-DD",
        "DECISION_DATE      |                    | must not be empty",
        "SEVERITY           | VERY_SERIOUS       | must be one of [MINOR, GENERAL, SERIOUS]",
        "DISCLOSURE         | OPEN               | must be one of [PUBLIC, AUTHORIZED, SHARED]",
        "PENALTY_TYPES      | FINE,PARKING       | must be one of " + "[WARNING, CIRCULATED_CRITICISM, FINE, "
                + "CONFISCATION_OF_ILLEGAL_GAINS, CONFISCATION_OF_ILLEGAL_PROPERTY, SUSPENSION_OF_LICENCE, "
                + "DOWNGRADING_OF_QUALIFICATION, REVOCATION_OF_LICENCE, RESTRICTION_OF_BUSINESS_ACTIVITIES, "
                + "ORDER_TO_SUSPEND_PRODUCTION, ORDER_TO_CLOSE, RESTRICTION_OF_EMPLOYMENT, ADMINISTRATIVE_DETENTION, "
                + "OTHER]",
        "FINE_AMOUNT        | 1,5                | must be a decimal number of 万元, e.g. 1.25",
        "CONFISCATED_AMOUNT | 0.3万元             | must be a decimal number of 万元, e.g. 1.25",
    })
    void penalty_with_refusesAValueOfTheWrongType(CorrectableField field, String value, String reason) {
        assertThatThrownBy(() -> PENALTY.with(field, value))
                .isInstanceOfSatisfying(InvalidFieldValue.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(reason);
    }

    @ParameterizedTest(name = "{0} = ''{1}'': {2}")
    @CsvSource(delimiter = '|', value = {
        "VALID_FROM       | 12/02/2026 | must be a date in the form YYYY-MM-DD",
        "LICENCE_CATEGORY | PERMIT     | must be one of [ORDINARY, FRANCHISE, RECOGNITION, APPROVAL, REGISTRATION, OTHER]",
        "LICENCE_CATEGORY |            | must not be empty",
    })
    void licence_with_refusesAValueOfTheWrongType(CorrectableField field, String value, String reason) {
        assertThatThrownBy(() -> LICENCE.with(field, value))
                .isInstanceOfSatisfying(InvalidFieldValue.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(reason);
    }

    @Test
    void penalty_refusesEveryLicenceField_toReadAndToWrite() {
        for (CorrectableField field : fieldsOnlyOf(RecordCategory.LICENCE)) {
            String reason = "a penalty has no field '" + field.fieldName() + "'";
            assertThatThrownBy(() -> PENALTY.read(field)).as(field.name())
                    .isInstanceOfSatisfying(InvalidFieldValue.class, e -> assertThat(e.field()).isEqualTo(field))
                    .hasMessage(reason);
            assertThatThrownBy(() -> PENALTY.with(field, "x")).as(field.name())
                    .isInstanceOf(InvalidFieldValue.class)
                    .hasMessage(reason);
        }
    }

    @Test
    void licence_refusesEveryPenaltyField_toReadAndToWrite() {
        assertThat(fieldsOnlyOf(RecordCategory.PENALTY)).contains(CorrectableField.SEVERITY);
        for (CorrectableField field : fieldsOnlyOf(RecordCategory.PENALTY)) {
            String reason = "a licence has no field '" + field.fieldName() + "'";
            assertThatThrownBy(() -> LICENCE.read(field)).as(field.name())
                    .isInstanceOfSatisfying(InvalidFieldValue.class, e -> assertThat(e.field()).isEqualTo(field))
                    .hasMessage(reason);
            assertThatThrownBy(() -> LICENCE.with(field, "GENERAL")).as(field.name())
                    .isInstanceOf(InvalidFieldValue.class)
                    .hasMessage(reason);
        }
    }

    @Test
    void of_foldsTheRecordedEvents() {
        RecordId id = RecordId.forSource(SOURCE.department(), SOURCE.sourceRecordId());
        PublicityWindow window = new PublicityWindow(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 12, 26),
                LocalDate.of(2026, 9, 26), "cn-credit-publicity-2025.1");
        DoublePublicityTimeliness timeliness = new DoublePublicityTimeliness(LocalDate.of(2025, 9, 26),
                LocalDate.of(2025, 10, 13), 7, LocalDate.of(2025, 10, 13), true, "cn-2025-2026-e74538490346", true);
        Instant at = Instant.parse("2025-10-13T02:15:00Z");

        assertThat(RecordContent.of(new PenaltyRecorded(id, SOURCE, SUBJECT, PENALTY_DETAILS, DisclosureClass.PUBLIC,
                Severity.GENERAL, window, timeliness, at))).isEqualTo(PENALTY);
        assertThat(RecordContent.of(new LicenceRecorded(id, SOURCE, SUBJECT, LICENCE_DETAILS, DisclosureClass.PUBLIC,
                window, timeliness, at))).isEqualTo(LICENCE);
        assertThat(PENALTY.summary()).isEqualTo("警告，罚款0.5万元");
        assertThat(LICENCE.summary()).isEqualTo("预包装食品销售");
        assertThat(PENALTY.decisionNumber()).isEqualTo("京海市监罚〔2025〕42号");
        assertThat(LICENCE.decisionDate()).isEqualTo(LocalDate.of(2026, 2, 12));
    }

    @Test
    void applying_foldsEveryChangeOfACorrection() {
        RecordCorrected corrected = new RecordCorrected(
                RecordId.forSource(SOURCE.department(), SOURCE.sourceRecordId()), RecordCategory.PENALTY,
                "91110108MA01R7KD83",
                List.of(new FieldChange(CorrectableField.SEVERITY, "GENERAL", "SERIOUS"),
                        new FieldChange(CorrectableField.FINE_AMOUNT, "0.5", "0.8"),
                        new FieldChange(CorrectableField.REMARKS, "已缴纳罚款", null)),
                "罚款金额录入错误", null, null, Instant.parse("2025-10-20T01:00:00Z"));

        RecordContent after = PENALTY.applying(corrected);

        assertThat(after.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(after.read(CorrectableField.FINE_AMOUNT)).isEqualTo("0.8");
        assertThat(after.read(CorrectableField.REMARKS)).isNull();
        assertThat(after.read(CorrectableField.DECISION_DATE)).isEqualTo("2025-09-26");
    }

    static Stream<Arguments> mismatchedContent() {
        return Stream.of(
                Arguments.of("penalty without severity", RecordCategory.PENALTY, null, PENALTY_DETAILS, null),
                Arguments.of("penalty without details", RecordCategory.PENALTY, Severity.GENERAL, null, null),
                Arguments.of("penalty with licence details", RecordCategory.PENALTY, Severity.GENERAL,
                        PENALTY_DETAILS, LICENCE_DETAILS),
                Arguments.of("licence without details", RecordCategory.LICENCE, null, null, null),
                Arguments.of("licence with penalty details", RecordCategory.LICENCE, null, PENALTY_DETAILS,
                        LICENCE_DETAILS),
                Arguments.of("licence with a severity", RecordCategory.LICENCE, Severity.GENERAL, null,
                        LICENCE_DETAILS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mismatchedContent")
    void constructor_refusesContentThatDoesNotMatchTheCategory(String description, RecordCategory category,
                                                               Severity severity, PenaltyDetails penalty,
                                                               LicenceDetails licence) {
        assertThatThrownBy(() -> new RecordContent(category, SOURCE, SUBJECT, DisclosureClass.PUBLIC, severity,
                penalty, licence))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("content does not match category " + category);
    }

    private static List<CorrectableField> fieldsOf(RecordCategory category) {
        return Arrays.stream(CorrectableField.values()).filter(f -> f.appliesTo(category)).toList();
    }

    private static List<CorrectableField> fieldsOnlyOf(RecordCategory category) {
        return Arrays.stream(CorrectableField.values())
                .filter(f -> f.appliesTo(category) && Arrays.stream(RecordCategory.values())
                        .filter(c -> c != category).noneMatch(f::appliesTo))
                .toList();
    }
}
