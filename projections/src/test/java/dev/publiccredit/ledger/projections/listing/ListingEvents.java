package dev.publiccredit.ledger.projections.listing;

import dev.publiccredit.ledger.core.dispute.event.RepairFinalised;
import dev.publiccredit.ledger.core.dispute.event.RepairGranted;
import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import dev.publiccredit.ledger.core.dispute.event.RepairRevoked;
import dev.publiccredit.ledger.core.listing.event.AppliedMeasure;
import dev.publiccredit.ledger.core.listing.event.ListingExpired;
import dev.publiccredit.ledger.core.listing.event.ListingKind;
import dev.publiccredit.ledger.core.listing.event.ListingNoticeIssued;
import dev.publiccredit.ledger.core.listing.event.ListingParticulars;
import dev.publiccredit.ledger.core.listing.event.ListingRemovalReason;
import dev.publiccredit.ledger.core.listing.event.ListingRemoved;
import dev.publiccredit.ledger.core.listing.event.MeasureType;
import dev.publiccredit.ledger.core.listing.event.SubjectListed;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.publiccredit.ledger.projections.LedgerEvents.ACME;
import static dev.publiccredit.ledger.projections.LedgerEvents.CALENDAR;
import static dev.publiccredit.ledger.projections.LedgerEvents.SAMR;

/** Listing and repair events as the aggregates emit them, with plausible defaults. */
final class ListingEvents {

    static final String RULE_SET = "cn-listing-49-2026.1";
    static final String CATALOGUE = "cn-joint-measures-2026.1";
    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private ListingEvents() {
    }

    static ListingId listingId(String sourceListingId) {
        return ListingId.forSource(SAMR, sourceListingId);
    }

    static ListingParticulars particulars(String sourceListingId, SubjectDescription subject,
                                          @Nullable RecordId basis) {
        return new ListingParticulars(SAMR, sourceListingId, subject, basis, "拒不履行行政处罚决定",
                "《市场监督管理严重违法失信名单管理办法》第二条");
    }

    static ListingNoticeIssued notice(String sourceListingId, @Nullable RecordId basis, LocalDate noticedOn) {
        LocalDate due = noticedOn.plusDays(7);
        return new ListingNoticeIssued(listingId(sourceListingId), ListingKind.SERIOUS_DISHONESTY,
                particulars(sourceListingId, ACME, basis), "京海市监告〔2026〕" + sourceListingId + "号", noticedOn,
                "履行处罚决定并公开信用承诺", new WorkingDayDeadline(noticedOn, 5, due, CALENDAR, true),
                due.plusDays(1), RULE_SET, AT);
    }

    static Listed listed(String sourceListingId, ListingKind kind) {
        return new Listed(sourceListingId, kind);
    }

    static ListingRemoved removed(SubjectListed listed, ListingRemovalReason reason, LocalDate removedOn) {
        return new ListingRemoved(listed.listingId(), listed.kind(), listed.particulars().subject().code(), reason,
                "已履行", removedOn, null, AT);
    }

    static ListingExpired expired(SubjectListed listed) {
        return new ListingExpired(listed.listingId(), listed.kind(), listed.particulars().subject().code(),
                listed.endsOn(), AT);
    }

    static RepairGranted repairGranted(RecordId record, RepairApplicationId application, boolean temporary,
                                       LocalDate grantedOn) {
        return new RepairGranted(record, application, temporary, "已履行义务并作出信用承诺", grantedOn, true, AT);
    }

    static RepairRevoked repairRevoked(RecordId record, RepairApplicationId application, LocalDate revokedOn) {
        return new RepairRevoked(record, application, RepairRevocationReason.FALSE_MATERIALS, "承诺不实", revokedOn,
                AT);
    }

    static RepairFinalised repairFinalised(RecordId record, RepairApplicationId application, LocalDate finalisedOn) {
        return new RepairFinalised(record, application, "重整计划执行完毕", finalisedOn, AT);
    }

    /**
     * Builds a {@link SubjectListed}: listed on 2026-03-02 for 36 months with the catalogue's measures of its kind;
     * serious dishonesty with a 3-year procurement ban, which {@link #banFor} can shorten.
     */
    static final class Listed {
        private final String sourceListingId;
        private final ListingKind kind;
        private SubjectDescription subject = ACME;
        private @Nullable RecordId basis;
        private LocalDate listedOn = LocalDate.of(2026, 3, 2);
        private @Nullable Integer months = 36;
        private @Nullable Integer banMonths;

        private Listed(String sourceListingId, ListingKind kind) {
            this.sourceListingId = sourceListingId;
            this.kind = kind;
            if (kind == ListingKind.BUSINESS_ANOMALY) {
                months = null;
            }
        }

        Listed subject(SubjectDescription value) {
            subject = value;
            return this;
        }

        Listed basis(RecordId value) {
            basis = value;
            return this;
        }

        Listed on(LocalDate value) {
            listedOn = value;
            return this;
        }

        Listed months(int value) {
            months = value;
            return this;
        }

        Listed banFor(int value) {
            banMonths = value;
            return this;
        }

        SubjectListed build() {
            LocalDate endsOn = months == null ? null : listedOn.plusMonths(months);
            List<AppliedMeasure> measures = new ArrayList<>();
            switch (kind) {
                case SERIOUS_DISHONESTY -> {
                    measures.add(new AppliedMeasure("GOVERNMENT_PROCUREMENT_BAN", MeasureType.RESTRICTION,
                            "禁止参加政府采购活动", "《中华人民共和国政府采购法》第七十七条", listedOn,
                            banMonths == null ? endsOn : listedOn.plusMonths(banMonths)));
                    measures.add(new AppliedMeasure("NO_COMMITMENT_LICENSING", MeasureType.RESTRICTION,
                            "不适用告知承诺制审批", "《河南省社会信用条例》第三十二条", listedOn, endsOn));
                }
                case REDLIST -> {
                    measures.add(new AppliedMeasure("GREEN_CHANNEL", MeasureType.INCENTIVE, "绿色通道，优先办理",
                            "国发〔2016〕33号", listedOn, endsOn));
                    measures.add(new AppliedMeasure("ACCEPTANCE_WITH_MISSING_DOCUMENTS", MeasureType.INCENTIVE,
                            "容缺受理", "国发〔2016〕33号", listedOn, endsOn));
                }
                case BUSINESS_ANOMALY -> measures.add(new AppliedMeasure(
                        "PROCUREMENT_TENDERING_LAND_HONOURS_RESTRICTION", MeasureType.RESTRICTION,
                        "在政府采购、工程招投标、国有土地出让、授予荣誉称号等工作中予以限制", "《企业信息公示暂行条例》第十八条",
                        listedOn, endsOn));
            }
            return new SubjectListed(listingId(sourceListingId), kind, particulars(sourceListingId, subject, basis),
                    "京海市监列〔2026〕" + sourceListingId + "号", listedOn, months, endsOn,
                    kind == ListingKind.SERIOUS_DISHONESTY ? listedOn.plusYears(1) : null, "履行处罚决定并公开信用承诺",
                    measures, CATALOGUE, RULE_SET, AT);
        }
    }
}
