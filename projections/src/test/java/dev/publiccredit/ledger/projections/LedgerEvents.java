package dev.publiccredit.ledger.projections;

import dev.publiccredit.ledger.core.dispute.event.MaterialType;
import dev.publiccredit.ledger.core.dispute.event.ObjectionDeadlineExtended;
import dev.publiccredit.ledger.core.dispute.event.ObjectionDecided;
import dev.publiccredit.ledger.core.dispute.event.ObjectionForwarded;
import dev.publiccredit.ledger.core.dispute.event.ObjectionGround;
import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionRaised;
import dev.publiccredit.ledger.core.dispute.event.ObjectionReviewRequested;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.dispute.event.Objector;
import dev.publiccredit.ledger.core.dispute.event.ObjectorRole;
import dev.publiccredit.ledger.core.dispute.event.RepairAccepted;
import dev.publiccredit.ledger.core.dispute.event.RepairApplied;
import dev.publiccredit.ledger.core.dispute.event.RepairDenied;
import dev.publiccredit.ledger.core.dispute.event.RepairFinalised;
import dev.publiccredit.ledger.core.dispute.event.RepairGranted;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.dispute.event.RepairMaterial;
import dev.publiccredit.ledger.core.dispute.event.RepairNotAccepted;
import dev.publiccredit.ledger.core.dispute.event.RepairRefusalReason;
import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import dev.publiccredit.ledger.core.dispute.event.RepairRevoked;
import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureEnded;
import dev.publiccredit.ledger.core.record.event.DisclosureResumeReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import dev.publiccredit.ledger.core.record.event.DoublePublicityTimeliness;
import dev.publiccredit.ledger.core.record.event.FieldChange;
import dev.publiccredit.ledger.core.record.event.LegalRepresentative;
import dev.publiccredit.ledger.core.record.event.LicenceDetails;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyDetails;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.record.event.RecordSource;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.LicenceCategory;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.PenaltyType;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.core.shared.Severity;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.core.shared.WorkingDayDeadline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events as the aggregate emits them, with plausible defaults; tests change only what they are about. */
public final class LedgerEvents {

    public static final String RULE_SET = "credit-rules/2025.1";
    public static final String CALENDAR = "cn-2025.1";
    public static final String OBJECTION_RULES = "objection-rules/2026.1";
    public static final String REPAIR_RULES = "repair-rules/2026.1";
    public static final Objector OBJECTOR = new Objector("张三", ObjectorRole.SUBJECT, "13800000000");

    public static final DepartmentCode SAMR = new DepartmentCode("SAMR-HAIDIAN");
    public static final DepartmentCode TAX = new DepartmentCode("TAX-HAIDIAN");

    public static final SubjectDescription ACME = new SubjectDescription(SubjectKind.LEGAL_PERSON,
            "91110108MA01ABCD2X", "北京阿克米科技有限公司", null, new LegalRepresentative("张三", "身份证", null));
    public static final SubjectDescription BETA = new SubjectDescription(SubjectKind.OTHER_ORGANISATION,
            "52110000MJ0000001Y", "北京贝塔研究会", null, null);

    private LedgerEvents() {
    }

    public static RecordId recordId(DepartmentCode department, String sourceRecordId) {
        return RecordId.forSource(department, sourceRecordId);
    }

    public static RecordSource source(DepartmentCode department, String sourceRecordId) {
        return new RecordSource(department, department.value() + " 名称", "11110108000000000X", sourceRecordId);
    }

    /** The timeliness of a submission: on time when submitted on or before the deadline. */
    public static DoublePublicityTimeliness timeliness(LocalDate decisionDate, LocalDate submittedOn,
                                                       LocalDate deadline) {
        return new DoublePublicityTimeliness(decisionDate, submittedOn, 7, deadline, !submittedOn.isAfter(deadline),
                CALENDAR, true);
    }

    /** A penalty window: publicity from the decision date, at least 3 months, at most 1 year. */
    public static PublicityWindow penaltyWindow(LocalDate decisionDate) {
        return new PublicityWindow(decisionDate, decisionDate.plusMonths(3), decisionDate.plusYears(1), RULE_SET);
    }

    public static Penalty penalty(String sourceRecordId) {
        return new Penalty(sourceRecordId);
    }

    public static Licence licence(String sourceRecordId) {
        return new Licence(sourceRecordId);
    }

    public static RecordCorrected corrected(RecordId recordId, RecordCategory category, String subjectCode,
                                            Instant at, FieldChange... changes) {
        return corrected(recordId, category, subjectCode, at, null, null, changes);
    }

    public static RecordCorrected corrected(RecordId recordId, RecordCategory category, String subjectCode,
                                            Instant at, PublicityWindow window, DoublePublicityTimeliness timeliness,
                                            FieldChange... changes) {
        return new RecordCorrected(recordId, category, subjectCode, List.of(changes), "typo in the submission",
                window, timeliness, at);
    }

    public static FieldChange change(CorrectableField field, String oldValue, String newValue) {
        return new FieldChange(field, oldValue, newValue);
    }

    public static RecordRevoked revoked(RecordId recordId, RecordCategory category, String subjectCode,
                                        String document, LocalDate revokedOn, Instant at) {
        return new RecordRevoked(recordId, category, subjectCode, document, revokedOn,
                "decision set aside on administrative review", revokedOn.plusDays(3), at);
    }

    /** A deadline of {@code workingDays} from {@code from}, due on {@code dueOn}, under the test calendar. */
    public static WorkingDayDeadline deadline(LocalDate from, int workingDays, LocalDate dueOn) {
        return new WorkingDayDeadline(from, workingDays, dueOn, CALENDAR, true);
    }

    // --- objections: raised by ACME's representative about an ACME record of SAMR ---

    public static ObjectionRaised objectionRaised(RecordId recordId, ObjectionId id, LocalDate raisedOn,
                                                  LocalDate dueOn, Instant at) {
        return new ObjectionRaised(recordId, id, ACME.code(), SAMR, OBJECTOR, ObjectionGround.ERROR,
                "罚款金额有误", List.of("缴款凭证 2026-001", "情况说明"), raisedOn, deadline(raisedOn, 5, dueOn),
                OBJECTION_RULES, at);
    }

    public static ObjectionForwarded objectionForwarded(RecordId recordId, ObjectionId id, DepartmentCode to,
                                                        LocalDate on, Instant at) {
        return new ObjectionForwarded(recordId, id, to, "请核实罚款金额", on, at);
    }

    public static ObjectionDeadlineExtended objectionExtended(RecordId recordId, ObjectionId id, LocalDate raisedOn,
                                                              LocalDate on, LocalDate dueOn, Instant at) {
        return new ObjectionDeadlineExtended(recordId, id, "需调取原始案卷", on, deadline(raisedOn, 20, dueOn),
                OBJECTION_RULES, at);
    }

    public static ObjectionDecided objectionDecided(RecordId recordId, ObjectionId id, ObjectionStage stage,
                                                    ObjectionOutcome outcome, LocalDate on, boolean onTime,
                                                    Instant at) {
        String annotation = outcome == ObjectionOutcome.ANNOTATE ? "当事人对罚款金额有异议，尚无法核实" : null;
        ListingId listing = outcome == ObjectionOutcome.REMOVE_FROM_LIST ? ListingId.forSource(SAMR, "L-1") : null;
        return new ObjectionDecided(recordId, id, stage, outcome, "经核实" + outcome, annotation, listing, on, onTime,
                at);
    }

    public static ObjectionReviewRequested reviewRequested(RecordId recordId, ObjectionId id, LocalDate on,
                                                           LocalDate dueOn, Instant at) {
        return new ObjectionReviewRequested(recordId, id, "对核实结论不服", on, deadline(on, 5, dueOn), OBJECTION_RULES,
                at);
    }

    // --- repair applications by ACME ---

    public static RepairApplied repairApplied(RecordId recordId, RepairApplicationId id, RepairKind kind,
                                              LocalDate appliedOn, LocalDate earliestRepairOn, LocalDate dueOn,
                                              Instant at) {
        List<RepairMaterial> materials = kind == RepairKind.STANDARD
                ? List.of(new RepairMaterial(MaterialType.OBLIGATION_FULFILMENT_PROOF, "缴款书 2026-77", "罚款已缴清"),
                new RepairMaterial(MaterialType.CREDIT_COMMITMENT, "承诺书 2026-01", null))
                : List.of(new RepairMaterial(MaterialType.COURT_RULING, "（2026）京01破12号", "重整计划裁定"),
                new RepairMaterial(MaterialType.CREDIT_COMMITMENT, "承诺书 2026-02", null));
        return new RepairApplied(recordId, id, ACME.code(), SAMR, ACME.name(), kind, materials, appliedOn,
                earliestRepairOn, deadline(appliedOn, 3, dueOn), REPAIR_RULES, at);
    }

    public static RepairAccepted repairAccepted(RecordId recordId, RepairApplicationId id, LocalDate on,
                                                LocalDate dueOn, Instant at) {
        return new RepairAccepted(recordId, id, on, true, deadline(on, 10, dueOn), at);
    }

    public static RepairNotAccepted repairNotAccepted(RecordId recordId, RepairApplicationId id, LocalDate on,
                                                      Instant at) {
        return new RepairNotAccepted(recordId, id, RepairRefusalReason.MATERIALS_INCOMPLETE, "缺少缴款凭证", on, true,
                at);
    }

    public static RepairGranted repairGranted(RecordId recordId, RepairApplicationId id, boolean temporary,
                                              LocalDate on, Instant at) {
        return new RepairGranted(recordId, id, temporary, "符合修复条件", on, true, at);
    }

    public static RepairDenied repairDenied(RecordId recordId, RepairApplicationId id, LocalDate on, boolean onTime,
                                            Instant at) {
        return new RepairDenied(recordId, id, RepairRefusalReason.OBLIGATIONS_UNPERFORMED, "罚款未缴清", on, onTime,
                at);
    }

    public static RepairRevoked repairRevoked(RecordId recordId, RepairApplicationId id,
                                              RepairRevocationReason reason, LocalDate on, Instant at) {
        return new RepairRevoked(recordId, id, reason, "承诺不实", on, at);
    }

    public static RepairFinalised repairFinalised(RecordId recordId, RepairApplicationId id, LocalDate on,
                                                  Instant at) {
        return new RepairFinalised(recordId, id, "重整计划执行完毕", on, at);
    }

    public static DisclosureEnded disclosureEnded(RecordId recordId, DisclosureEndReason reason, LocalDate on,
                                                  UUID caseId, Instant at) {
        return new DisclosureEnded(recordId, ACME.code(), reason, on, caseId, at);
    }

    public static DisclosureResumed disclosureResumed(RecordId recordId, DisclosureResumeReason reason, LocalDate on,
                                                      LocalDate visibleUntil, UUID caseId, Instant at) {
        return new DisclosureResumed(recordId, ACME.code(), reason, on, visibleUntil, caseId, at);
    }

    /** Builds a {@link PenaltyRecorded}; submitted the day after the decision, deadline 9 days after it. */
    public static final class Penalty {
        private final String sourceRecordId;
        private DepartmentCode department = SAMR;
        private SubjectDescription subject = ACME;
        private DisclosureClass disclosure = DisclosureClass.PUBLIC;
        private Severity severity = Severity.GENERAL;
        private String decisionNumber;
        private String content = "警告，罚款人民币5000元";
        private LocalDate decisionDate = LocalDate.of(2025, 3, 3);
        private LocalDate submittedOn;
        private LocalDate deadline;
        private PublicityWindow window;
        private Instant recordedAt = Instant.parse("2025-03-04T02:00:00Z");

        private Penalty(String sourceRecordId) {
            this.sourceRecordId = sourceRecordId;
            this.decisionNumber = "京海市监罚〔2025〕" + sourceRecordId + "号";
        }

        public Penalty department(DepartmentCode value) {
            department = value;
            return this;
        }

        public Penalty subject(SubjectDescription value) {
            subject = value;
            return this;
        }

        public Penalty disclosure(DisclosureClass value) {
            disclosure = value;
            return this;
        }

        public Penalty severity(Severity value) {
            severity = value;
            return this;
        }

        public Penalty decisionNumber(String value) {
            decisionNumber = value;
            return this;
        }

        public Penalty content(String value) {
            content = value;
            return this;
        }

        public Penalty decidedOn(LocalDate value) {
            decisionDate = value;
            return this;
        }

        public Penalty submitted(LocalDate on, LocalDate withDeadline) {
            submittedOn = on;
            deadline = withDeadline;
            return this;
        }

        public Penalty window(PublicityWindow value) {
            window = value;
            return this;
        }

        public Penalty recordedAt(Instant value) {
            recordedAt = value;
            return this;
        }

        public PenaltyRecorded build() {
            LocalDate submitted = submittedOn != null ? submittedOn : decisionDate.plusDays(1);
            LocalDate due = deadline != null ? deadline : decisionDate.plusDays(9);
            PenaltyDetails details = new PenaltyDetails(decisionNumber, "无照经营", "未取得营业执照从事经营活动",
                    "《无证无照经营查处办法》第十三条", List.of(PenaltyType.WARNING, PenaltyType.FINE), content,
                    new BigDecimal("0.5"), null, null, decisionDate, decisionDate.plusYears(1), "北京市海淀区市场监督管理局",
                    "11110108000000000X", null);
            return new PenaltyRecorded(recordId(department, sourceRecordId), source(department, sourceRecordId),
                    subject, details, disclosure, severity, window != null ? window : penaltyWindow(decisionDate),
                    timeliness(decisionDate, submitted, due), recordedAt);
        }
    }

    /** Builds a {@link LicenceRecorded}: no end to its publicity; submitted the day after the decision. */
    public static final class Licence {
        private final String sourceRecordId;
        private DepartmentCode department = SAMR;
        private SubjectDescription subject = ACME;
        private DisclosureClass disclosure = DisclosureClass.PUBLIC;
        private String content = "食品经营许可";
        private LocalDate decisionDate = LocalDate.of(2025, 2, 10);
        private LocalDate submittedOn;
        private LocalDate deadline;
        private Instant recordedAt = Instant.parse("2025-02-11T03:00:00Z");

        private Licence(String sourceRecordId) {
            this.sourceRecordId = sourceRecordId;
        }

        public Licence department(DepartmentCode value) {
            department = value;
            return this;
        }

        public Licence subject(SubjectDescription value) {
            subject = value;
            return this;
        }

        public Licence disclosure(DisclosureClass value) {
            disclosure = value;
            return this;
        }

        public Licence content(String value) {
            content = value;
            return this;
        }

        public Licence decidedOn(LocalDate value) {
            decisionDate = value;
            return this;
        }

        public Licence submitted(LocalDate on, LocalDate withDeadline) {
            submittedOn = on;
            deadline = withDeadline;
            return this;
        }

        public Licence recordedAt(Instant value) {
            recordedAt = value;
            return this;
        }

        public LicenceRecorded build() {
            LocalDate submitted = submittedOn != null ? submittedOn : decisionDate.plusDays(1);
            LocalDate due = deadline != null ? deadline : decisionDate.plusDays(9);
            LicenceDetails details = new LicenceDetails("食品经营许可决定书", "JY1110108" + sourceRecordId,
                    LicenceCategory.ORDINARY, "食品经营许可证", "JY11101080" + sourceRecordId, content, decisionDate,
                    decisionDate, decisionDate.plusYears(5), "北京市海淀区市场监督管理局", "11110108000000000X", null);
            return new LicenceRecorded(recordId(department, sourceRecordId), source(department, sourceRecordId),
                    subject, details, disclosure, new PublicityWindow(decisionDate, null, null, RULE_SET),
                    timeliness(decisionDate, submitted, due), recordedAt);
        }
    }
}
