package dev.publiccredit.ledger.core.listing.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.publiccredit.ledger.core.EventJsonContract;
import dev.publiccredit.ledger.core.record.event.LegalRepresentative;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/** The stored schema of the listing events (see {@link EventJsonContract}). */
class ListingEventJsonTest extends EventJsonContract {

    static final DepartmentCode SAMR = new DepartmentCode("SAMR-HAIDIAN");
    static final ListingId SERIOUS_ID = ListingId.parse("9987be34-e6ae-3a1a-89e1-2a40d1d5aed5");
    static final ListingId ANOMALY_ID = ListingId.parse("1a2b3c4d-5e6f-3a7b-8c9d-0e1f2a3b4c5d");

    static final SubjectDescription SUBJECT = new SubjectDescription(SubjectKind.LEGAL_PERSON, "91110108MA01R7KD83",
            "北京示例科技有限公司", null, new LegalRepresentative("张三", "身份证", "440308200001011234"));

    static final ListingParticulars PARTICULARS = new ListingParticulars(SAMR, "YZSX-2026-0007", SUBJECT,
            RecordId.parse("ee90ef68-dfc2-387a-9d2f-22467aeb4063"), "虚假宣传，经责令改正拒不改正，情节严重",
            "《市场监督管理严重违法失信名单管理办法》第二条");

    static final ListingNoticeIssued NOTICE_ISSUED = new ListingNoticeIssued(
            SERIOUS_ID,
            ListingKind.SERIOUS_DISHONESTY,
            PARTICULARS,
            "京海市监告〔2026〕7号",
            LocalDate.of(2026, 9, 30),
            "履行行政处罚决定，公开作出信用承诺，列入满一年",
            new WorkingDayDeadline(LocalDate.of(2026, 9, 30), 5, LocalDate.of(2026, 10, 13),
                    "cn-2025-2026-e74538490346", true),
            LocalDate.of(2026, 10, 14),
            "cn-listing-49-2026.1",
            Instant.parse("2026-09-30T02:00:00Z"));

    static final SubjectListed SUBJECT_LISTED = new SubjectListed(
            SERIOUS_ID,
            ListingKind.SERIOUS_DISHONESTY,
            PARTICULARS,
            "京海市监列〔2026〕7号",
            LocalDate.of(2026, 10, 14),
            36,
            LocalDate.of(2029, 10, 14),
            LocalDate.of(2027, 10, 14),
            "履行行政处罚决定，公开作出信用承诺，列入满一年",
            List.of(new AppliedMeasure("GOVERNMENT_PROCUREMENT_BAN", MeasureType.RESTRICTION,
                            "禁止参加政府采购活动", "《中华人民共和国政府采购法》第七十七条", LocalDate.of(2026, 10, 14),
                            LocalDate.of(2029, 10, 14)),
                    new AppliedMeasure("NO_COMMITMENT_LICENSING", MeasureType.RESTRICTION, "不适用告知承诺制审批",
                            "《河南省社会信用条例》第三十二条", LocalDate.of(2026, 10, 14), LocalDate.of(2029, 10, 14))),
            "cn-joint-measures-2026.1",
            "cn-listing-49-2026.1",
            Instant.parse("2026-10-14T03:00:00Z"));

    static final ListingRemoved LISTING_REMOVED = new ListingRemoved(
            SERIOUS_ID,
            ListingKind.SERIOUS_DISHONESTY,
            "91110108MA01R7KD83",
            ListingRemovalReason.OBJECTION_UPHELD,
            "异议核实：列入依据的处罚决定已被撤销",
            LocalDate.of(2026, 11, 2),
            ObjectionId.parse("6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e"),
            Instant.parse("2026-11-02T06:30:00Z"));

    static final ListingExpired LISTING_EXPIRED = new ListingExpired(
            ANOMALY_ID,
            ListingKind.REDLIST,
            "91110108MA01R7KD83",
            LocalDate.of(2029, 3, 2),
            Instant.parse("2029-03-02T00:01:00Z"));

    @Override
    protected String eventPackage() {
        return "dev.publiccredit.ledger.core.listing.event";
    }

    @Override
    protected Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(ListingNoticeIssued.class.getSimpleName(), NOTICE_ISSUED),
                Arguments.of(SubjectListed.class.getSimpleName(), SUBJECT_LISTED),
                Arguments.of(ListingRemoved.class.getSimpleName(), LISTING_REMOVED),
                Arguments.of(ListingExpired.class.getSimpleName(), LISTING_EXPIRED));
    }

    @Test
    void exampleListingId_isTheIdDerivedFromItsSource() {
        assertThat(SERIOUS_ID).isEqualTo(ListingId.forSource(SAMR, "YZSX-2026-0007"));
    }
}
