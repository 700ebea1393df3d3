package dev.publiccredit.ledger.core.dispute.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.publiccredit.ledger.core.EventJsonContract;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The stored JSON of the objection and credit-repair events ({@link EventJsonContract}). The examples follow one
 * objection and one repair application of the penalty {@code XZCF-2025-0042} through the 2026 Spring Festival.
 */
class DisputeEventJsonTest extends EventJsonContract {

    static final RecordId PENALTY_ID = RecordId.parse("ee90ef68-dfc2-387a-9d2f-22467aeb4063");
    static final String SUBJECT_CODE = "91110108MA01R7KD83";
    static final DepartmentCode DEPARTMENT = new DepartmentCode("SAMR-HAIDIAN");
    static final ObjectionId OBJECTION = ObjectionId.parse("5d1b7a10-3c2e-4f9a-8b6d-0e4f2a7c9b31");
    static final RepairApplicationId APPLICATION = RepairApplicationId.parse("c3e8a5f2-1d4b-4c7a-9e6f-2b0d8a1c5e93");
    static final ListingId LISTING = ListingId.parse("5c31082a-49af-3821-b94a-a2fdead91247");
    static final String CALENDAR_VERSION = "cn-2025-2026-e74538490346";
    static final String OBJECTION_RULES = "cn-objection-zj31-2026.1";
    static final String REPAIR_RULES = "cn-credit-repair-22-2026.1";

    static final ObjectionRaised OBJECTION_RAISED = new ObjectionRaised(
            PENALTY_ID,
            OBJECTION,
            SUBJECT_CODE,
            DEPARTMENT,
            new Objector("北京示例科技有限公司", ObjectorRole.SUBJECT, "010-62345678"),
            ObjectionGround.ERROR,
            "罚款金额与处罚决定书不一致",
            List.of("京海市监罚〔2025〕42号决定书扫描件", "缴款凭证"),
            LocalDate.of(2026, 2, 12),
            deadline(LocalDate.of(2026, 2, 12), 5, LocalDate.of(2026, 2, 26)),
            OBJECTION_RULES,
            Instant.parse("2026-02-12T02:00:00Z"));

    static final ObjectionForwarded OBJECTION_FORWARDED = new ObjectionForwarded(
            PENALTY_ID,
            OBJECTION,
            DEPARTMENT,
            "请核实罚款金额",
            LocalDate.of(2026, 2, 13),
            Instant.parse("2026-02-13T01:30:00Z"));

    static final ObjectionDeadlineExtended OBJECTION_DEADLINE_EXTENDED = new ObjectionDeadlineExtended(
            PENALTY_ID,
            OBJECTION,
            "需调取原始执法记录",
            LocalDate.of(2026, 2, 25),
            deadline(LocalDate.of(2026, 2, 12), 20, LocalDate.of(2026, 3, 18)),
            OBJECTION_RULES,
            Instant.parse("2026-02-25T06:00:00Z"));

    static final ObjectionDecided OBJECTION_DECIDED = new ObjectionDecided(
            PENALTY_ID,
            OBJECTION,
            ObjectionStage.REVIEW,
            ObjectionOutcome.REMOVE_FROM_LIST,
            "列入严重失信名单的依据不成立",
            null,
            LISTING,
            LocalDate.of(2026, 3, 4),
            true,
            Instant.parse("2026-03-04T08:00:00Z"));

    static final ObjectionReviewRequested OBJECTION_REVIEW_REQUESTED = new ObjectionReviewRequested(
            PENALTY_ID,
            OBJECTION,
            "原决定未考虑补充证据",
            LocalDate.of(2026, 2, 27),
            deadline(LocalDate.of(2026, 2, 27), 5, LocalDate.of(2026, 3, 5)),
            OBJECTION_RULES,
            Instant.parse("2026-02-27T03:00:00Z"));

    static final RepairApplied REPAIR_APPLIED = new RepairApplied(
            PENALTY_ID,
            APPLICATION,
            SUBJECT_CODE,
            DEPARTMENT,
            "北京示例科技有限公司",
            RepairKind.STANDARD,
            List.of(new RepairMaterial(MaterialType.OBLIGATION_FULFILMENT_PROOF, "京海市监缴〔2026〕15号", "罚款缴纳凭证"),
                    new RepairMaterial(MaterialType.CREDIT_COMMITMENT, "XYCN-2026-0212", null)),
            LocalDate.of(2026, 2, 12),
            LocalDate.of(2025, 12, 26),
            deadline(LocalDate.of(2026, 2, 12), 3, LocalDate.of(2026, 2, 24)),
            REPAIR_RULES,
            Instant.parse("2026-02-12T02:30:00Z"));

    static final RepairAccepted REPAIR_ACCEPTED = new RepairAccepted(
            PENALTY_ID,
            APPLICATION,
            LocalDate.of(2026, 2, 24),
            true,
            deadline(LocalDate.of(2026, 2, 24), 10, LocalDate.of(2026, 3, 9)),
            Instant.parse("2026-02-24T02:00:00Z"));

    static final RepairNotAccepted REPAIR_NOT_ACCEPTED = new RepairNotAccepted(
            PENALTY_ID,
            APPLICATION,
            RepairRefusalReason.MATERIALS_INCOMPLETE,
            "缴款凭证无法核验",
            LocalDate.of(2026, 2, 25),
            false,
            Instant.parse("2026-02-25T02:00:00Z"));

    static final RepairGranted REPAIR_GRANTED = new RepairGranted(
            PENALTY_ID,
            APPLICATION,
            true,
            "重整计划已获法院批准，暂时屏蔽",
            LocalDate.of(2026, 3, 6),
            true,
            Instant.parse("2026-03-06T07:00:00Z"));

    static final RepairDenied REPAIR_DENIED = new RepairDenied(
            PENALTY_ID,
            APPLICATION,
            RepairRefusalReason.OBLIGATIONS_UNPERFORMED,
            "罚款尚未缴清",
            LocalDate.of(2026, 3, 10),
            false,
            Instant.parse("2026-03-10T01:00:00Z"));

    static final RepairRevoked REPAIR_REVOKED = new RepairRevoked(
            PENALTY_ID,
            APPLICATION,
            RepairRevocationReason.REORGANISATION_ENDED,
            "重整计划未能执行",
            LocalDate.of(2026, 4, 1),
            Instant.parse("2026-04-01T05:00:00Z"));

    static final RepairFinalised REPAIR_FINALISED = new RepairFinalised(
            PENALTY_ID,
            APPLICATION,
            "重整计划已执行完毕",
            LocalDate.of(2026, 5, 20),
            Instant.parse("2026-05-20T02:00:00Z"));

    @Override
    protected String eventPackage() {
        return "dev.publiccredit.ledger.core.dispute.event";
    }

    @Override
    protected Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(ObjectionRaised.class.getSimpleName(), OBJECTION_RAISED),
                Arguments.of(ObjectionForwarded.class.getSimpleName(), OBJECTION_FORWARDED),
                Arguments.of(ObjectionDeadlineExtended.class.getSimpleName(), OBJECTION_DEADLINE_EXTENDED),
                Arguments.of(ObjectionDecided.class.getSimpleName(), OBJECTION_DECIDED),
                Arguments.of(ObjectionReviewRequested.class.getSimpleName(), OBJECTION_REVIEW_REQUESTED),
                Arguments.of(RepairApplied.class.getSimpleName(), REPAIR_APPLIED),
                Arguments.of(RepairAccepted.class.getSimpleName(), REPAIR_ACCEPTED),
                Arguments.of(RepairNotAccepted.class.getSimpleName(), REPAIR_NOT_ACCEPTED),
                Arguments.of(RepairGranted.class.getSimpleName(), REPAIR_GRANTED),
                Arguments.of(RepairDenied.class.getSimpleName(), REPAIR_DENIED),
                Arguments.of(RepairRevoked.class.getSimpleName(), REPAIR_REVOKED),
                Arguments.of(RepairFinalised.class.getSimpleName(), REPAIR_FINALISED));
    }

    @Test
    void exampleListingId_isTheIdDerivedFromItsSource() {
        assertThat(LISTING).isEqualTo(ListingId.forSource(DEPARTMENT, "YZSX-2026-0003"));
    }

    @Test
    void listsInEvents_areCopies_thatTheSenderCannotChange() {
        List<String> evidence = new ArrayList<>(List.of("缴款凭证"));
        ObjectionRaised raised = new ObjectionRaised(PENALTY_ID, OBJECTION, SUBJECT_CODE, DEPARTMENT,
                OBJECTION_RAISED.objector(), ObjectionGround.ERROR, "陈述", evidence, LocalDate.of(2026, 2, 12),
                OBJECTION_RAISED.decisionDeadline(), OBJECTION_RULES, OBJECTION_RAISED.recordedAt());

        evidence.add("后加的材料");

        assertThat(raised.evidence()).containsExactly("缴款凭证");
    }

    private static WorkingDayDeadline deadline(LocalDate from, int workingDays, LocalDate dueOn) {
        return new WorkingDayDeadline(from, workingDays, dueOn, CALENDAR_VERSION, true);
    }
}
