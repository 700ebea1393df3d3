package dev.publiccredit.ledger.core.record.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.publiccredit.ledger.core.EventJsonContract;
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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** The stored JSON of the record events ({@link EventJsonContract}). */
class EventJsonTest extends EventJsonContract {

    static final RecordId PENALTY_ID = RecordId.parse("ee90ef68-dfc2-387a-9d2f-22467aeb4063");
    static final RecordId LICENCE_ID = RecordId.parse("4aaca311-832e-37d8-ac12-c972f6c7df35");

    static final SubjectDescription SUBJECT = new SubjectDescription(SubjectKind.LEGAL_PERSON, "91110108MA01R7KD83",
            "北京示例科技有限公司", "110105000000004", new LegalRepresentative("张三", "身份证", "440308200001011234"));

    static final PenaltyRecorded PENALTY_RECORDED = new PenaltyRecorded(
            PENALTY_ID,
            new RecordSource(new DepartmentCode("SAMR-HAIDIAN"), "北京市海淀区市场监督管理局", "111101080000123434",
                    "XZCF-2025-0042"),
            SUBJECT,
            new PenaltyDetails("京海市监罚〔2025〕42号", "虚假宣传", "在官方网站发布虚假的产品检测报告",
                    "《中华人民共和国反不正当竞争法》第二十条",
                    List.of(PenaltyType.FINE, PenaltyType.CONFISCATION_OF_ILLEGAL_GAINS,
                            PenaltyType.SUSPENSION_OF_LICENCE),
                    "罚款0.5万元，没收违法所得1.25万元，暂扣食品经营许可证", new BigDecimal("0.5"), new BigDecimal("1.25"),
                    "食品经营许可证 JY11101080000001", LocalDate.of(2025, 9, 26), LocalDate.of(2026, 9, 26),
                    "北京市海淀区市场监督管理局", "111101080000123434", "已缴纳罚款"),
            DisclosureClass.PUBLIC,
            Severity.GENERAL,
            new PublicityWindow(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 12, 26), LocalDate.of(2026, 9, 26),
                    "cn-credit-publicity-2025.1"),
            new DoublePublicityTimeliness(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 13), 7,
                    LocalDate.of(2025, 10, 13), true, "cn-2025-2026-e74538490346", true),
            Instant.parse("2025-10-13T02:15:00Z"));

    static final LicenceRecorded LICENCE_RECORDED = new LicenceRecorded(
            LICENCE_ID,
            new RecordSource(new DepartmentCode("SAMR-HAIDIAN"), "北京市海淀区市场监督管理局", "111101080000123434",
                    "XK-2026-0007"),
            SUBJECT,
            new LicenceDetails("食品经营许可决定书", "京海食许〔2026〕7号", LicenceCategory.APPROVAL, "食品经营许可证",
                    "JY11101080000002", "预包装食品销售", LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 12),
                    LocalDate.of(2099, 12, 31), "北京市海淀区市场监督管理局", "111101080000123434", "长期有效"),
            DisclosureClass.AUTHORIZED,
            new PublicityWindow(LocalDate.of(2026, 2, 12), null, null, "cn-credit-publicity-2025.1"),
            new DoublePublicityTimeliness(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 2), 7,
                    LocalDate.of(2026, 2, 28), false, "cn-2025-2026-e74538490346", true),
            Instant.parse("2026-03-02T01:00:00Z"));

    static final RecordCorrected RECORD_CORRECTED = new RecordCorrected(
            PENALTY_ID,
            RecordCategory.PENALTY,
            "91110108MA01R7KD83",
            List.of(new FieldChange(CorrectableField.DECISION_DATE, "2025-09-26", "2025-09-25"),
                    new FieldChange(CorrectableField.SEVERITY, "GENERAL", "SERIOUS"),
                    new FieldChange(CorrectableField.FINE_AMOUNT, "0.5", "0.8"),
                    new FieldChange(CorrectableField.REMARKS, null, "罚款已缴纳")),
            "决定日期与严重程度录入错误",
            new PublicityWindow(LocalDate.of(2025, 9, 25), LocalDate.of(2026, 9, 25), LocalDate.of(2028, 9, 25),
                    "cn-credit-publicity-2025.1"),
            new DoublePublicityTimeliness(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 10, 13), 7,
                    LocalDate.of(2025, 10, 11), false, "cn-2025-2026-e74538490346", true),
            Instant.parse("2025-10-20T01:30:00Z"));

    static final RecordRevoked RECORD_REVOKED = new RecordRevoked(
            PENALTY_ID,
            RecordCategory.PENALTY,
            "91110108MA01R7KD83",
            "京海复决〔2025〕3号",
            LocalDate.of(2025, 9, 30),
            "行政复议决定撤销原处罚决定",
            LocalDate.of(2025, 10, 11),
            Instant.parse("2025-10-14T06:00:00Z"));

    static final DisclosureEnded DISCLOSURE_ENDED = new DisclosureEnded(
            PENALTY_ID,
            "91110108MA01R7KD83",
            DisclosureEndReason.REPAIRED,
            LocalDate.of(2026, 1, 12),
            java.util.UUID.fromString("6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e"),
            Instant.parse("2026-01-12T03:00:00Z"));

    static final DisclosureResumed DISCLOSURE_RESUMED = new DisclosureResumed(
            PENALTY_ID,
            "91110108MA01R7KD83",
            DisclosureResumeReason.REPAIR_REVOKED,
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 9, 26),
            java.util.UUID.fromString("6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e"),
            Instant.parse("2026-03-02T07:45:00Z"));

    @Override
    protected String eventPackage() {
        return "dev.publiccredit.ledger.core.record.event";
    }

    @Override
    protected Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(PenaltyRecorded.class.getSimpleName(), PENALTY_RECORDED),
                Arguments.of(LicenceRecorded.class.getSimpleName(), LICENCE_RECORDED),
                Arguments.of(RecordCorrected.class.getSimpleName(), RECORD_CORRECTED),
                Arguments.of(RecordRevoked.class.getSimpleName(), RECORD_REVOKED),
                Arguments.of(DisclosureEnded.class.getSimpleName(), DISCLOSURE_ENDED),
                Arguments.of(DisclosureResumed.class.getSimpleName(), DISCLOSURE_RESUMED));
    }

    @Test
    void exampleRecordIds_areTheIdsDerivedFromTheirSource() {
        assertThat(PENALTY_ID).isEqualTo(RecordId.forSource(new DepartmentCode("SAMR-HAIDIAN"), "XZCF-2025-0042"));
        assertThat(LICENCE_ID).isEqualTo(RecordId.forSource(new DepartmentCode("SAMR-HAIDIAN"), "XK-2026-0007"));
    }
}
