package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.api.access.AccessLog;
import dev.publiccredit.ledger.api.access.AccessView;
import dev.publiccredit.ledger.api.config.LedgerProperties;
import dev.publiccredit.ledger.api.config.LedgerRules;
import dev.publiccredit.ledger.api.web.PathValues;
import dev.publiccredit.ledger.core.dispute.command.AcceptRepairApplication;
import dev.publiccredit.ledger.core.dispute.command.ApplyForRepair;
import dev.publiccredit.ledger.core.dispute.command.CaseOpened;
import dev.publiccredit.ledger.core.dispute.command.DecideRepairApplication;
import dev.publiccredit.ledger.core.dispute.command.FinaliseRepair;
import dev.publiccredit.ledger.core.dispute.command.RevokeRepair;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.dispute.event.RepairMaterial;
import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import dev.publiccredit.ledger.core.record.RecordRules;
import dev.publiccredit.ledger.core.record.event.PenaltyDetails;
import dev.publiccredit.ledger.core.shared.LedgerRuleRefusal;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.core.shared.RuleCode;
import dev.publiccredit.ledger.core.shared.Severity;
import dev.publiccredit.ledger.projections.dispute.CaseType;
import dev.publiccredit.ledger.projections.dispute.DisputeCaseView;
import dev.publiccredit.ledger.projections.record.RecordView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Credit repair (信用修复) of penalties: the repair notice served with a penalty, the application, its acceptance and
 * decision, the revocation of a granted repair and the finalisation of temporary measures. Every write answers the
 * case view and {@code X-Ledger-Position}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Credit repair", description = "Credit repair (信用修复) of penalties")
public class RepairController {

    /** Where applications are made (credit-rules §3: 信用中国 is the single window, 谁认定谁修复). */
    static final String CHANNEL = "信用中国 (www.creditchina.gov.cn) or the service hall of the deciding department; "
            + "through this ledger: POST /api/v1/records/{recordId}/repair-applications";

    private final CaseSupport cases;
    private final LedgerRules rules;
    private final LedgerProperties properties;
    private final AccessLog accessLog;

    public RepairController(CaseSupport cases, LedgerRules rules, LedgerProperties properties,
                            AccessLog accessLog) {
        this.accessLog = accessLog;
        this.cases = cases;
        this.rules = rules;
        this.properties = properties;
    }

    @GetMapping("/records/{recordId}/repair-notice")
    @Operation(summary = "The credit repair notice (信用修复告知书) of a penalty, served with the decision (两书同达)",
            description = "409 REPAIR_NOT_APPLICABLE for a licence, RECORD_REVOKED for a revoked record, "
                    + "RECORD_DELETED for a record deleted after an objection.")
    public RepairNotice notice(@PathVariable String recordId) {
        RecordId id = PathValues.recordId(recordId);
        RecordView record = cases.visibleRecord(id);
        PenaltyDetails penalty = record.penalty();
        if (penalty == null) {
            throw new LedgerRuleRefusal(RuleCode.REPAIR_NOT_APPLICABLE,
                    "Record " + id + " is a licence; credit repair applies to penalties only.");
        }
        if (record.revocation() != null) {
            throw new LedgerRuleRefusal(RuleCode.RECORD_REVOKED, "Record " + id + " was revoked on "
                    + record.revocation().revokedOn() + "; it is not disclosed and needs no repair.");
        }
        if (record.status() == RecordView.Status.DELETED) {
            throw new LedgerRuleRefusal(RuleCode.RECORD_DELETED, "Record " + id
                    + " was deleted after an objection; it is not disclosed and needs no repair.");
        }
        boolean minor = record.severity() == Severity.MINOR;
        var window = record.publicityWindow();
        var earliest = window.earliestEndOn() != null ? window.earliestEndOn() : penalty.decisionDate();
        List<String> conditions = new ArrayList<>();
        conditions.add(minor
                ? "a minor (轻微) penalty has no minimum publicity period: repair may be applied for once the "
                + "legal obligations are fulfilled"
                : "the minimum publicity period has run: from " + earliest);
        conditions.add("the violation is corrected and the legal obligations (fine, orders) are fully performed");
        conditions.add("a public credit commitment (信用承诺书) is made");
        List<RepairNotice.Application> applications = List.of(
                new RepairNotice.Application(RepairKind.STANDARD, sorted(RepairKind.STANDARD),
                        minor ? "once the obligations are fulfilled" : "from " + earliest),
                new RepairNotice.Application(RepairKind.REORGANISATION, sorted(RepairKind.REORGANISATION),
                        "an enterprise in bankruptcy reorganisation or composition (破产重整/和解) with a court "
                                + "ruling, at any time: temporary hiding until the plan is performed"));
        LedgerProperties.Repair repair = properties.repair();
        accessLog.record(AccessView.REPAIR_NOTICE, record.subject().code(), id.toString(), null);
        return new RepairNotice(id.toString(), cases.today(),
                new RepairNotice.Subject(record.subject().kind().name(), record.subject().code(),
                        record.subject().name()),
                new RepairNotice.Penalty(penalty.decisionNumber(), penalty.decisionDate(), record.severity(),
                        penalty.violationType(), penalty.penaltyContent(), penalty.decidingAuthority()),
                earliest, window.latestEndOn(), rules.current().disputes().repair().isRepairable(penalty.violationType()),
                conditions, applications,
                new RepairNotice.Department(record.sourceDepartment(), record.sourceDepartmentName(),
                        record.sourceDepartmentCreditCode()),
                CHANNEL, new RepairNotice.Deadlines(repair.acceptanceWorkingDays(), repair.decisionWorkingDays()),
                new RepairNotice.RuleSets(window.ruleSet(), rules.current().disputes().repair().ruleSet()));
    }

    @PostMapping(path = "/records/{recordId}/repair-applications", consumes = "application/json")
    @Operation(summary = "Apply for credit repair of a penalty",
            description = "201 with Location /api/v1/repair-applications/{id}; 200 with the pending application "
                    + "when the same application is sent again (nothing is stored). 409 REPAIR_NOT_APPLICABLE, "
                    + "REPAIR_TOO_EARLY (earliestRepairOn), REPAIR_NOT_ALLOWED, REPAIR_ALREADY_PENDING, "
                    + "REPAIR_MATERIALS_MISSING (missing), REPAIR_NOT_NEEDED, RECORD_REVOKED, RECORD_DELETED.")
    @ApiResponse(responseCode = "200", description = "the case as it stands after the step (201 when created)",
            content = @Content(schema = @Schema(implementation = DisputeCaseView.class)))
    public ResponseEntity<?> apply(@PathVariable String recordId, @RequestBody RepairApplicationRequest body,
                                   HttpServletRequest request) {
        RecordId id = PathValues.recordId(recordId);
        RequestFields fields = new RequestFields();
        String applicant = fields.shortText("applicant", body.applicant());
        RepairKind kind = fields.required("kind", body.kind());
        List<RepairMaterial> materials = new ArrayList<>();
        if (fields.required("materials", body.materials()) != null) {
            for (int i = 0; i < body.materials().size(); i++) {
                RepairApplicationRequest.MaterialRequest material = body.materials().get(i);
                if (fields.required("materials[" + i + "]", material) == null) {
                    continue;
                }
                var type = fields.required("materials[" + i + "].type", material.type());
                String reference = fields.shortText("materials[" + i + "].reference", material.reference());
                fields.optional("materials[" + i + "].description", material.description(), RecordRules.LONG_TEXT);
                if (type != null) {
                    materials.add(new RepairMaterial(type, reference, material.description()));
                }
            }
        }
        fields.check();
        RecordView record = cases.record(id);
        ApplyForRepair command = new ApplyForRepair(id, RepairApplicationId.random(), applicant,
                Objects.requireNonNull(kind), materials, cases.today(), cases.clock().instant());
        CaseOpened opened = Objects.requireNonNull(cases.send(command, request, record, "repair applied: " + kind));
        return cases.written(new CaseSupport.Case(opened.caseId(), CaseType.REPAIR, id),
                opened.duplicate() ? HttpStatus.OK : HttpStatus.CREATED);
    }

    @GetMapping("/repair-applications/{applicationId}")
    @Operation(summary = "A repair application with its deadlines and history",
            description = "Waits (briefly) until the case projection has processed the record's latest event.")
    public DisputeCaseView application(@PathVariable String applicationId) {
        return cases.read(cases.existing(applicationId, CaseType.REPAIR));
    }

    @PostMapping(path = "/repair-applications/{applicationId}/acceptance", consumes = "application/json")
    @Operation(summary = "Accept the application for decision, or not (with reason and explanation)",
            description = "The decision deadline (ledger.repair.decision-working-days, default 10) counts from "
                    + "acceptance.")
    @ApiResponse(responseCode = "200", description = "the case as it stands after the step (201 when created)",
            content = @Content(schema = @Schema(implementation = DisputeCaseView.class)))
    public ResponseEntity<?> accept(@PathVariable String applicationId, @RequestBody AcceptanceRequest body,
                                    HttpServletRequest request) {
        CaseSupport.Case application = cases.existing(applicationId, CaseType.REPAIR);
        RequestFields fields = new RequestFields();
        Boolean accepted = fields.required("accepted", body.accepted());
        String explanation = RequestFields.orEmpty(body.explanation()).strip();
        if (Boolean.FALSE.equals(accepted)) {
            fields.required("reason", body.reason());
            fields.text("explanation", body.explanation());
        } else {
            fields.optional("explanation", body.explanation(), RecordRules.LONG_TEXT);
        }
        fields.check();
        return cases.step(application, new AcceptRepairApplication(application.recordId(),
                new RepairApplicationId(application.id()), Objects.requireNonNull(accepted), body.reason(),
                explanation, cases.today(), cases.clock().instant()), request,
                explanation.isEmpty() ? (accepted ? "accepted" : "not accepted") : explanation);
    }

    @PostMapping(path = "/repair-applications/{applicationId}/decision", consumes = "application/json")
    @Operation(summary = "Grant the accepted application (disclosure ends), or deny it with a reason",
            description = "A REORGANISATION application is granted temporarily: the record is hidden (暂时屏蔽) until "
                    + "the measures are finalised or revoked.")
    @ApiResponse(responseCode = "200", description = "the case as it stands after the step (201 when created)",
            content = @Content(schema = @Schema(implementation = DisputeCaseView.class)))
    public ResponseEntity<?> decide(@PathVariable String applicationId, @RequestBody RepairDecisionRequest body,
                                    HttpServletRequest request) {
        CaseSupport.Case application = cases.existing(applicationId, CaseType.REPAIR);
        RequestFields fields = new RequestFields();
        Boolean granted = fields.required("granted", body.granted());
        String explanation = fields.text("explanation", body.explanation());
        if (Boolean.FALSE.equals(granted)) {
            fields.required("reason", body.reason());
        }
        fields.check();
        return cases.step(application, new DecideRepairApplication(application.recordId(),
                new RepairApplicationId(application.id()), Objects.requireNonNull(granted), body.reason(),
                explanation, cases.today(), cases.clock().instant()), request, explanation);
    }

    @PostMapping(path = "/repair-applications/{applicationId}/revocation", consumes = "application/json")
    @Operation(summary = "Revoke a granted repair (FALSE_MATERIALS) or end temporary measures (REORGANISATION_ENDED)",
            description = "While the publicity window is open the record is disclosed again.")
    @ApiResponse(responseCode = "200", description = "the case as it stands after the step (201 when created)",
            content = @Content(schema = @Schema(implementation = DisputeCaseView.class)))
    public ResponseEntity<?> revoke(@PathVariable String applicationId, @RequestBody RepairRevocationRequest body,
                                    HttpServletRequest request) {
        CaseSupport.Case application = cases.existing(applicationId, CaseType.REPAIR);
        RequestFields fields = new RequestFields();
        RepairRevocationReason reason = fields.required("reason", body.reason());
        String explanation = fields.text("explanation", body.explanation());
        fields.check();
        return cases.step(application, new RevokeRepair(application.recordId(),
                new RepairApplicationId(application.id()), Objects.requireNonNull(reason), explanation, cases.today(),
                cases.clock().instant()), request, explanation);
    }

    @PostMapping(path = "/repair-applications/{applicationId}/finalisation", consumes = "application/json")
    @Operation(summary = "Make the temporary measures of a reorganisation repair final: the record is repaired")
    @ApiResponse(responseCode = "200", description = "the case as it stands after the step (201 when created)",
            content = @Content(schema = @Schema(implementation = DisputeCaseView.class)))
    public ResponseEntity<?> finalise(@PathVariable String applicationId, @RequestBody FinalisationRequest body,
                                      HttpServletRequest request) {
        CaseSupport.Case application = cases.existing(applicationId, CaseType.REPAIR);
        RequestFields fields = new RequestFields();
        String explanation = fields.text("explanation", body.explanation());
        fields.check();
        return cases.step(application, new FinaliseRepair(application.recordId(),
                new RepairApplicationId(application.id()), explanation, cases.today(), cases.clock().instant()),
                request, explanation);
    }


    private List<dev.publiccredit.ledger.core.dispute.event.MaterialType> sorted(RepairKind kind) {
        return rules.current().disputes().repair().requiredMaterials(kind).stream().sorted().toList();
    }
}
