package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.dispute.command.AcceptRepairApplication;
import dev.publiccredit.ledger.core.dispute.command.ApplyForRepair;
import dev.publiccredit.ledger.core.dispute.command.CaseOpened;
import dev.publiccredit.ledger.core.dispute.command.DecideObjection;
import dev.publiccredit.ledger.core.dispute.command.DecideRepairApplication;
import dev.publiccredit.ledger.core.dispute.command.ExtendObjectionDeadline;
import dev.publiccredit.ledger.core.dispute.command.FinaliseRepair;
import dev.publiccredit.ledger.core.dispute.command.ForwardObjection;
import dev.publiccredit.ledger.core.dispute.command.RaiseObjection;
import dev.publiccredit.ledger.core.dispute.command.RequestObjectionReview;
import dev.publiccredit.ledger.core.dispute.command.RevokeRepair;
import dev.publiccredit.ledger.core.dispute.event.MaterialType;
import dev.publiccredit.ledger.core.dispute.event.ObjectionDeadlineExtended;
import dev.publiccredit.ledger.core.dispute.event.ObjectionDecided;
import dev.publiccredit.ledger.core.dispute.event.ObjectionForwarded;
import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.ObjectionRaised;
import dev.publiccredit.ledger.core.dispute.event.ObjectionReviewRequested;
import dev.publiccredit.ledger.core.dispute.event.ObjectionStage;
import dev.publiccredit.ledger.core.dispute.event.Objector;
import dev.publiccredit.ledger.core.dispute.event.RepairAccepted;
import dev.publiccredit.ledger.core.dispute.event.RepairApplied;
import dev.publiccredit.ledger.core.dispute.event.RepairDenied;
import dev.publiccredit.ledger.core.dispute.event.RepairFinalised;
import dev.publiccredit.ledger.core.dispute.event.RepairGranted;
import dev.publiccredit.ledger.core.dispute.event.RepairKind;
import dev.publiccredit.ledger.core.dispute.event.RepairMaterial;
import dev.publiccredit.ledger.core.dispute.event.RepairNotAccepted;
import dev.publiccredit.ledger.core.dispute.event.RepairRevocationReason;
import dev.publiccredit.ledger.core.dispute.event.RepairRevoked;
import dev.publiccredit.ledger.core.policy.DisputePolicies;
import dev.publiccredit.ledger.core.policy.ObjectionPolicy;
import dev.publiccredit.ledger.core.policy.RecordPolicies;
import dev.publiccredit.ledger.core.policy.RepairPolicy;
import dev.publiccredit.ledger.core.record.command.CorrectRecord;
import dev.publiccredit.ledger.core.record.command.ExpirePublicity;
import dev.publiccredit.ledger.core.record.command.RecordLicence;
import dev.publiccredit.ledger.core.record.command.RecordOutcome;
import dev.publiccredit.ledger.core.record.command.RecordPenalty;
import dev.publiccredit.ledger.core.record.command.RequestedChange;
import dev.publiccredit.ledger.core.record.command.RevokeRecord;
import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DisclosureEndReason;
import dev.publiccredit.ledger.core.record.event.DisclosureEnded;
import dev.publiccredit.ledger.core.record.event.DisclosureResumeReason;
import dev.publiccredit.ledger.core.record.event.DisclosureResumed;
import dev.publiccredit.ledger.core.record.event.DoublePublicityTimeliness;
import dev.publiccredit.ledger.core.record.event.FieldChange;
import dev.publiccredit.ledger.core.record.event.InvalidFieldValue;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyDetails;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordContent;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RepairApplicationId;
import dev.publiccredit.ledger.core.shared.Severity;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One credit record (a licence or a penalty) and its life: recorded, corrected, revoked; disclosed until its
 * publicity window runs out, unless credit repair or an objection ends disclosure earlier; objected to and repaired.
 * One aggregate per record keeps every stream short and lets departments write in parallel; see
 * docs/adr/0002-one-aggregate-per-record.md. The record's objections and repair applications live in it as
 * immutable values, so that every rule about the record sees them in one consistent state. Command handlers check
 * the rules and decide; event sourcing handlers only assign state.
 */
public class CreditRecord {

    @AggregateIdentifier
    private @Nullable RecordId recordId;
    private @Nullable RecordContent content;
    private @Nullable DoublePublicityTimeliness timeliness;
    /** The publicity window in force: as recorded, or as a correction re-decided it. */
    private @Nullable PublicityWindow window;
    private @Nullable LocalDate revokedOn;
    /** The objection whose DELETE decision deleted the record, while that decision stands. */
    private @Nullable ObjectionId deletedBy;
    /** How disclosure ended (reason, case), while it is ended; null while the record is disclosed. */
    private @Nullable DisclosureEnded disclosureEnded;
    private final Map<ObjectionId, Objection> objections = new LinkedHashMap<>();
    private final Map<RepairApplicationId, RepairApplication> repairs = new LinkedHashMap<>();

    protected CreditRecord() {
        // for Axon: created empty, then sourced from its events
    }

    /** Records a penalty; a record with this id already exists: stores nothing and says so. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordOutcome handle(RecordPenalty command, RecordPolicies policies) {
        if (recordId != null) {
            return new RecordOutcome(recordId, true);
        }
        apply(RecordCreation.penaltyRecorded(command, policies));
        return new RecordOutcome(command.recordId(), false);
    }

    /** Records a licence; a record with this id already exists: stores nothing and says so. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordOutcome handle(RecordLicence command, RecordPolicies policies) {
        if (recordId != null) {
            return new RecordOutcome(recordId, true);
        }
        apply(RecordCreation.licenceRecorded(command, policies));
        return new RecordOutcome(command.recordId(), false);
    }

    @CommandHandler
    public void handle(CorrectRecord command, RecordPolicies policies) {
        RecordContent current = assertChangeable();
        List<FieldViolation> violations = new ArrayList<>();
        if (command.changes().isEmpty()) {
            violations.add(new FieldViolation("changes", "must name at least one field to correct"));
        }
        if (command.reason().isBlank()) {
            violations.add(new FieldViolation("reason", "must not be empty"));
        }
        apply(decideCorrection(current, command.changes(), command.reason().strip(), violations,
                command.submittedOn(), command.submittedAt(), policies));
    }

    @CommandHandler
    public void handle(RevokeRecord command, RecordPolicies policies) {
        RecordContent current = assertChangeable();
        List<FieldViolation> violations = new ArrayList<>();
        if (command.revokingDocumentNumber().isBlank()) {
            violations.add(new FieldViolation("revokingDocumentNumber", "must not be empty"));
        }
        if (command.reason().isBlank()) {
            violations.add(new FieldViolation("reason", "must not be empty"));
        }
        if (command.revokedOn().isBefore(current.decisionDate())) {
            violations.add(new FieldViolation("revokedOn",
                    "must not be before the decision date " + current.decisionDate()));
        }
        if (command.revokedOn().isAfter(command.submittedOn())) {
            violations.add(new FieldViolation("revokedOn",
                    "must not be in the future (today is " + command.submittedOn() + ")"));
        }
        requireValid(violations);
        apply(new RecordRevoked(recordId, current.category(), current.subject().code(),
                command.revokingDocumentNumber().strip(), command.revokedOn(), command.reason().strip(),
                policies.doublePublicity().withdrawalDeadline(command.revokedOn()), command.submittedAt()));
    }

    // ------------------------------------------------------------------------------------------------- expiry

    /**
     * Ends disclosure once the latest end of the window has come ({@code today >= latestEndOn}): answers true when
     * it stored {@code DisclosureEnded(PUBLICITY_EXPIRED)}, and false, storing nothing, when the record is not
     * disclosed (already ended, revoked, deleted), has no end, or its end has not come. The sweep may send it any
     * number of times.
     */
    @CommandHandler
    public Boolean handle(ExpirePublicity command) {
        LocalDate latestEnd = window().latestEndOn();
        if (!isDisclosed() || latestEnd == null || command.today().isBefore(latestEnd)) {
            return false;
        }
        apply(new DisclosureEnded(recordId, subjectCode(), DisclosureEndReason.PUBLICITY_EXPIRED, latestEnd, null,
                command.now()));
        return true;
    }

    // --------------------------------------------------------------------------------------------- objections

    /**
     * Raises an objection. One objection is open at a time: the same objector with the same ground and statement
     * is answered the open one as a duplicate (nothing stored), anything else is refused until it is answered.
     * Disclosure need not be running: an objection may say the record was shown past its period.
     */
    @CommandHandler
    public CaseOpened handle(RaiseObjection command, DisputePolicies policies) {
        RecordContent current = assertChangeable();
        if (objections.containsKey(command.objectionId())) {
            return new CaseOpened(command.objectionId().value(), true);
        }
        List<FieldViolation> violations = new ArrayList<>();
        requireText("objector.name", command.objector().name(), violations);
        requireText("statement", command.statement(), violations);
        for (int i = 0; i < command.evidence().size(); i++) {
            requireText("evidence[" + i + "]", command.evidence().get(i), violations);
        }
        requireValid(violations);
        Objector objector = new Objector(command.objector().name().strip(), command.objector().role(),
                stripToNull(command.objector().contact()));
        String statement = command.statement().strip();
        List<Objection> open = objections.values().stream().filter(Objection::isOpen).toList();
        for (Objection objection : open) {
            if (objection.repeats(objector.name(), command.ground(), statement)) {
                return new CaseOpened(objection.id().value(), true);
            }
        }
        if (!open.isEmpty()) {
            throw DisputeRefusals.objectionAlreadyOpen(recordId(), open.get(0).id());
        }
        ObjectionPolicy policy = policies.objection();
        apply(new ObjectionRaised(recordId, command.objectionId(), current.subject().code(),
                current.source().department(), objector, command.ground(), statement,
                command.evidence().stream().map(String::strip).toList(), command.today(),
                policy.decisionDeadline(command.today()), policy.ruleSet(), command.now()));
        return new CaseOpened(command.objectionId().value(), false);
    }

    /** Forwards an open objection to the department that decides; the note may be empty. */
    @CommandHandler
    public void handle(ForwardObjection command) {
        Objection objection = objection(command.objectionId());
        if (!objection.isOpen()) {
            throw DisputeRefusals.objectionNotOpen(objection, "forwarded");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (command.toDepartment() == null) {
            violations.add(new FieldViolation("toDepartment", "must not be empty"));
        }
        if (command.note() == null) {
            violations.add(new FieldViolation("note", "must be given (it may be empty)"));
        }
        requireValid(violations);
        apply(new ObjectionForwarded(recordId, objection.id(), command.toDepartment(), command.note().strip(),
                command.today(), command.now()));
    }

    /** Extends the first decision deadline, once and with a reason, to the extended total from the objection. */
    @CommandHandler
    public void handle(ExtendObjectionDeadline command, DisputePolicies policies) {
        Objection objection = objection(command.objectionId());
        if (!objection.isInFirstStage()) {
            throw DisputeRefusals.objectionNotOpen(objection, "extended");
        }
        if (objection.extended()) {
            throw DisputeRefusals.extensionUsed(objection.id());
        }
        requireNonBlank("reason", command.reason());
        ObjectionPolicy policy = policies.objection();
        apply(new ObjectionDeadlineExtended(recordId, objection.id(), command.reason().strip(), command.today(),
                policy.extendedDeadline(objection.raisedOn()), policy.ruleSet(), command.now()));
    }

    /**
     * Decides an objection waiting for its first decision, or for the decision on its review. The decision's
     * effects on the record follow it in the same transaction: the correction of CORRECT and SUPPLEMENT (decided as
     * a department's correction is), the end of disclosure of DELETE and STOP_DISCLOSURE, and when a review reverses
     * a DELETE or STOP_DISCLOSURE, the record's disclosure again for the rest of its window.
     */
    @CommandHandler
    public void handle(DecideObjection command, RecordPolicies policies) {
        Objection objection = objection(command.objectionId());
        ObjectionStage stage = objection.stageToDecide();
        if (stage == null) {
            throw DisputeRefusals.objectionNotOpen(objection, "decided");
        }
        ObjectionOutcome outcome = command.outcome();
        boolean reversal = objection.isReversedBy(stage, outcome);
        boolean corrects = outcome == ObjectionOutcome.CORRECT || outcome == ObjectionOutcome.SUPPLEMENT;
        if (corrects) {
            assertNotRevoked();
            if (deletedBy != null && !(reversal && deletedBy.equals(objection.id()))) {
                throw DisputeRefusals.recordDeleted(recordId());
            }
        }
        List<FieldViolation> violations = new ArrayList<>();
        requireText("reasoning", command.reasoning(), violations);
        if (corrects && command.changes().isEmpty()) {
            violations.add(new FieldViolation("changes", "must name at least one field to correct for " + outcome));
        }
        if (!corrects && !command.changes().isEmpty()) {
            violations.add(new FieldViolation("changes", "only a CORRECT or SUPPLEMENT decision changes fields"));
        }
        if (outcome == ObjectionOutcome.ANNOTATE && isBlank(command.annotation())) {
            violations.add(new FieldViolation("annotation", "required for ANNOTATE: the note kept with the record"));
        }
        if (outcome == ObjectionOutcome.REMOVE_FROM_LIST && command.listingId() == null) {
            violations.add(new FieldViolation("listingId", "required for REMOVE_FROM_LIST: the listing to remove"));
        }
        RecordCorrected correction = null;
        if (corrects) {
            correction = decideCorrection(content(), command.changes(),
                    "objection " + objection.id() + ": " + command.reasoning().strip(), violations, command.today(),
                    command.now(), policies);
        } else {
            requireValid(violations);
        }
        boolean disclosed = isDisclosed();
        UUID caseId = objection.id().value();
        apply(new ObjectionDecided(recordId, objection.id(), stage, outcome, command.reasoning().strip(),
                stripToNull(command.annotation()), command.listingId(), command.today(),
                objection.deadline().isMetOn(command.today()), command.now()));
        if (correction != null) {
            apply(correction);
        }
        if (disclosed && outcome == ObjectionOutcome.DELETE) {
            endDisclosure(DisclosureEndReason.DELETED_AFTER_OBJECTION, caseId, command.today(), command.now());
        }
        if (disclosed && outcome == ObjectionOutcome.STOP_DISCLOSURE) {
            endDisclosure(DisclosureEndReason.STOPPED_AFTER_OBJECTION, caseId, command.today(), command.now());
        }
        if (reversal) {
            resumeDisclosureEndedBy(caseId, DisclosureResumeReason.REVIEW_REVERSED, command.today(), command.now());
        }
    }

    /** Asks for the one review (复核) of a decided objection; a deleted record can still be reviewed. */
    @CommandHandler
    public void handle(RequestObjectionReview command, DisputePolicies policies) {
        Objection objection = objection(command.objectionId());
        if (objection.status() != Objection.Status.DECIDED) {
            throw DisputeRefusals.reviewNotAvailable(objection);
        }
        requireNonBlank("grounds", command.grounds());
        ObjectionPolicy policy = policies.objection();
        apply(new ObjectionReviewRequested(recordId, objection.id(), command.grounds().strip(), command.today(),
                policy.reviewDeadline(command.today()), policy.ruleSet(), command.now()));
    }

    // ------------------------------------------------------------------------------------------- credit repair

    /**
     * Applies for credit repair of a penalty. Checked in this order: the fields; the record revoked or deleted; a
     * licence; a pending application (the same application again is answered as a duplicate, storing nothing); the
     * record already repaired or no longer disclosed; a non-repairable violation type; the minimum period not run
     * (standard repair of a general or serious penalty); missing materials.
     */
    @CommandHandler
    public CaseOpened handle(ApplyForRepair command, DisputePolicies policies) {
        List<FieldViolation> violations = new ArrayList<>();
        requireText("applicant", command.applicant(), violations);
        for (int i = 0; i < command.materials().size(); i++) {
            requireText("materials[" + i + "].reference", command.materials().get(i).reference(), violations);
        }
        requireValid(violations);
        RecordContent current = assertChangeable();
        if (repairs.containsKey(command.applicationId())) {
            return new CaseOpened(command.applicationId().value(), true);
        }
        PenaltyDetails penalty = current.penalty();
        if (penalty == null) {
            throw DisputeRefusals.repairNotApplicable(recordId());
        }
        String applicant = command.applicant().strip();
        List<RepairMaterial> materials = command.materials().stream()
                .map(m -> new RepairMaterial(m.type(), m.reference().strip(), stripToNull(m.description())))
                .toList();
        List<RepairApplication> pending = repairs.values().stream().filter(RepairApplication::isPending).toList();
        for (RepairApplication application : pending) {
            if (application.repeats(applicant, command.kind(), materials)) {
                return new CaseOpened(application.id().value(), true);
            }
        }
        if (!pending.isEmpty()) {
            throw DisputeRefusals.repairAlreadyPending(recordId(), pending.get(0).id());
        }
        assertRepairNeeded(command.today());
        RepairPolicy policy = policies.repair();
        if (!policy.isRepairable(penalty.violationType())) {
            throw DisputeRefusals.repairNotAllowed(recordId(), penalty.violationType());
        }
        LocalDate earliest = window().earliestEndOn();
        if (command.kind() == RepairKind.STANDARD && current.severity() != Severity.MINOR && earliest != null
                && command.today().isBefore(earliest)) {
            throw DisputeRefusals.repairTooEarly(recordId(), earliest);
        }
        Set<MaterialType> missing = EnumSet.noneOf(MaterialType.class);
        missing.addAll(policy.requiredMaterials(command.kind()));
        materials.forEach(m -> missing.remove(m.type()));
        if (!missing.isEmpty()) {
            throw DisputeRefusals.materialsMissing(List.copyOf(missing));
        }
        apply(new RepairApplied(recordId, command.applicationId(), current.subject().code(),
                current.source().department(), applicant, command.kind(), materials, command.today(),
                earliest != null ? earliest : current.decisionDate(), policy.acceptanceDeadline(command.today()),
                policy.ruleSet(), command.now()));
        return new CaseOpened(command.applicationId().value(), false);
    }

    /**
     * Accepts an application for decision (the decision deadline counts from today), or does not accept it, with a
     * reason and an explanation for the applicant.
     */
    @CommandHandler
    public void handle(AcceptRepairApplication command, DisputePolicies policies) {
        RepairApplication application = repair(command.applicationId());
        if (application.status() != RepairApplication.Status.APPLIED) {
            throw DisputeRefusals.applicationState(application, "accepted or refused acceptance");
        }
        boolean onTime = application.acceptanceDeadline().isMetOn(command.today());
        if (command.accepted()) {
            apply(new RepairAccepted(recordId, application.id(), command.today(), onTime,
                    policies.repair().decisionDeadline(command.today()), command.now()));
            return;
        }
        requireReasonAndExplanation(command.reason(), command.explanation(), "not accepted");
        apply(new RepairNotAccepted(recordId, application.id(), Objects.requireNonNull(command.reason()),
                command.explanation().strip(), command.today(), onTime, command.now()));
    }

    /**
     * Grants an accepted application, which ends disclosure while the record is disclosed (REPAIRED, or
     * TEMPORARILY_HIDDEN for a reorganisation), or denies it with a reason and an explanation.
     */
    @CommandHandler
    public void handle(DecideRepairApplication command) {
        RepairApplication application = repair(command.applicationId());
        if (application.status() != RepairApplication.Status.ACCEPTED) {
            throw DisputeRefusals.applicationState(application, "granted or denied");
        }
        boolean onTime = Objects.requireNonNull(application.decisionDeadline()).isMetOn(command.today());
        if (!command.granted()) {
            requireReasonAndExplanation(command.reason(), command.explanation(), "denied");
            apply(new RepairDenied(recordId, application.id(), Objects.requireNonNull(command.reason()),
                    command.explanation().strip(), command.today(), onTime, command.now()));
            return;
        }
        boolean disclosed = isDisclosed();
        boolean temporary = application.kind() == RepairKind.REORGANISATION;
        apply(new RepairGranted(recordId, application.id(), temporary, command.explanation().strip(),
                command.today(), onTime, command.now()));
        if (disclosed) {
            endDisclosure(temporary ? DisclosureEndReason.TEMPORARILY_HIDDEN : DisclosureEndReason.REPAIRED,
                    application.id().value(), command.today(), command.now());
        }
    }

    /**
     * Revokes a granted repair (false materials) or ends temporary measures (reorganisation not performed). If the
     * repair had ended disclosure and the window is still open, the record is disclosed again.
     */
    @CommandHandler
    public void handle(RevokeRepair command) {
        RepairApplication application = repair(command.applicationId());
        if (!application.isGranted()) {
            throw DisputeRefusals.applicationState(application, "revoked");
        }
        if (command.reason() == RepairRevocationReason.REORGANISATION_ENDED
                && application.status() != RepairApplication.Status.TEMPORARILY_GRANTED) {
            requireValid(List.of(new FieldViolation("reason",
                    "REORGANISATION_ENDED ends temporary measures only; this repair was granted for good")));
        }
        apply(new RepairRevoked(recordId, application.id(), command.reason(), command.explanation().strip(),
                command.today(), command.now()));
        resumeDisclosureEndedBy(application.id().value(),
                command.reason() == RepairRevocationReason.REORGANISATION_ENDED
                        ? DisclosureResumeReason.TEMPORARY_HIDING_ENDED
                        : DisclosureResumeReason.REPAIR_REVOKED,
                command.today(), command.now());
    }

    /** Makes temporary reorganisation measures final: the record counts as repaired. */
    @CommandHandler
    public void handle(FinaliseRepair command) {
        RepairApplication application = repair(command.applicationId());
        if (application.status() != RepairApplication.Status.TEMPORARILY_GRANTED) {
            throw DisputeRefusals.applicationState(application, "finalised");
        }
        apply(new RepairFinalised(recordId, application.id(), command.explanation().strip(), command.today(),
                command.now()));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * The correction that sets the requested fields, decided as every correction is: each value must suit its
     * field, the corrected content must pass the record rules, at least one value must change, and a changed
     * decision date or severity re-decides the window (a changed date also the timeliness). Adds the violations of
     * the requested values to {@code violations} and refuses them all at once.
     */
    private RecordCorrected decideCorrection(RecordContent current, List<RequestedChange> requested, String reason,
                                             List<FieldViolation> violations, LocalDate today, Instant now,
                                             RecordPolicies policies) {
        RecordContent corrected = current;
        Set<CorrectableField> named = EnumSet.noneOf(CorrectableField.class);
        for (RequestedChange change : requested) {
            if (!named.add(change.field())) {
                violations.add(new FieldViolation("changes." + change.field().fieldName(), "named twice"));
                continue;
            }
            try {
                corrected = corrected.with(change.field(), change.newValue());
            } catch (InvalidFieldValue e) {
                violations.add(new FieldViolation("changes." + change.field().fieldName(), e.getMessage()));
            }
        }
        requireValid(violations);
        // a rule broken by a value the request names is reported at its path in the request
        requireValid(RecordRules.check(corrected, today).stream()
                .map(v -> named.stream().anyMatch(f -> f.fieldName().equals(v.field()))
                        ? new FieldViolation("changes." + v.field(), v.reason()) : v)
                .toList());

        List<FieldChange> changes = new ArrayList<>();
        for (CorrectableField field : named) {
            String before = current.read(field);
            String after = corrected.read(field);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        if (changes.isEmpty()) {
            throw new CorrectionChangesNothing(recordId());
        }
        boolean dateChanged = changes.stream().anyMatch(c -> c.field() == CorrectableField.DECISION_DATE);
        boolean severityChanged = changes.stream().anyMatch(c -> c.field() == CorrectableField.SEVERITY);
        PublicityWindow redecided = null;
        if (dateChanged || severityChanged) {
            redecided = corrected.category() == RecordCategory.PENALTY
                    ? policies.publicity().penaltyWindow(Objects.requireNonNull(corrected.severity()),
                    corrected.decisionDate())
                    : policies.publicity().licenceWindow(corrected.decisionDate());
        }
        DoublePublicityTimeliness reassessed = dateChanged
                ? policies.doublePublicity().assess(corrected.decisionDate(),
                Objects.requireNonNull(timeliness).submittedOn())
                : null;
        return new RecordCorrected(recordId, current.category(), current.subject().code(), changes, reason,
                redecided, reassessed, now);
    }

    /** Disclosed now: not revoked, not deleted, and disclosure not ended. */
    private boolean isDisclosed() {
        return revokedOn == null && deletedBy == null && disclosureEnded == null;
    }

    private void endDisclosure(DisclosureEndReason reason, UUID caseId, LocalDate today, Instant now) {
        apply(new DisclosureEnded(recordId, subjectCode(), reason, today, caseId, now));
    }

    /**
     * Discloses the record again for the rest of its window if the case ended its disclosure, the window is open
     * today and the record is neither revoked nor deleted.
     */
    private void resumeDisclosureEndedBy(UUID caseId, DisclosureResumeReason reason, LocalDate today, Instant now) {
        DisclosureEnded ended = disclosureEnded;
        PublicityWindow current = window();
        if (ended != null && caseId.equals(ended.caseId()) && revokedOn == null && deletedBy == null
                && current.isOpenOn(today)) {
            apply(new DisclosureResumed(recordId, subjectCode(), reason, today, current.latestEndOn(), caseId, now));
        }
    }

    private void assertRepairNeeded(LocalDate today) {
        if (repairs.values().stream().anyMatch(a -> a.status() == RepairApplication.Status.GRANTED)) {
            throw DisputeRefusals.repairNotNeeded(recordId(), "it is already repaired");
        }
        if (disclosureEnded != null) {
            throw DisputeRefusals.repairNotNeeded(recordId(), "its disclosure ended ("
                    + disclosureEnded.reason() + ") on " + disclosureEnded.endedOn());
        }
        LocalDate latestEnd = window().latestEndOn();
        if (latestEnd != null && !today.isBefore(latestEnd)) {
            throw DisputeRefusals.repairNotNeeded(recordId(), "its publicity period ended on " + latestEnd);
        }
    }

    private Objection objection(ObjectionId objectionId) {
        Objection objection = objections.get(objectionId);
        if (objection == null) {
            throw DisputeRefusals.objectionNotFound(recordId(), objectionId);
        }
        return objection;
    }

    private RepairApplication repair(RepairApplicationId applicationId) {
        RepairApplication application = repairs.get(applicationId);
        if (application == null) {
            throw DisputeRefusals.applicationNotFound(recordId(), applicationId);
        }
        return application;
    }

    /** The record's content, if it accepts changes: neither revoked nor deleted. */
    private RecordContent assertChangeable() {
        RecordContent current = assertNotRevoked();
        if (deletedBy != null) {
            throw DisputeRefusals.recordDeleted(recordId());
        }
        return current;
    }

    private RecordContent assertNotRevoked() {
        if (revokedOn != null) {
            throw new RecordAlreadyRevoked(recordId(), revokedOn);
        }
        return content();
    }

    private RecordId recordId() {
        return Objects.requireNonNull(recordId);
    }

    private RecordContent content() {
        return Objects.requireNonNull(content);
    }

    private PublicityWindow window() {
        return Objects.requireNonNull(window);
    }

    private String subjectCode() {
        return content().subject().code();
    }

    private static void requireReasonAndExplanation(@Nullable Object reason, String explanation, String what) {
        List<FieldViolation> violations = new ArrayList<>();
        if (reason == null) {
            violations.add(new FieldViolation("reason", "required when the application is " + what));
        }
        requireText("explanation", explanation, violations);
        requireValid(violations);
    }

    private static void requireNonBlank(String field, @Nullable String value) {
        List<FieldViolation> violations = new ArrayList<>();
        requireText(field, value, violations);
        requireValid(violations);
    }

    private static void requireText(String field, @Nullable String value, List<FieldViolation> violations) {
        if (isBlank(value)) {
            violations.add(new FieldViolation(field, "must not be empty"));
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String stripToNull(@Nullable String value) {
        return isBlank(value) ? null : Objects.requireNonNull(value).strip();
    }

    private static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRecordContent(violations);
        }
    }

    // ------------------------------------------------------------------------------------ event sourcing handlers

    @EventSourcingHandler
    void on(PenaltyRecorded event) {
        recordId = event.recordId();
        content = RecordContent.of(event);
        timeliness = event.timeliness();
        window = event.publicityWindow();
    }

    @EventSourcingHandler
    void on(LicenceRecorded event) {
        recordId = event.recordId();
        content = RecordContent.of(event);
        timeliness = event.timeliness();
        window = event.publicityWindow();
    }

    @EventSourcingHandler
    void on(RecordCorrected event) {
        content = content().applying(event);
        if (event.timeliness() != null) {
            timeliness = event.timeliness();
        }
        if (event.publicityWindow() != null) {
            window = event.publicityWindow();
        }
    }

    @EventSourcingHandler
    void on(RecordRevoked event) {
        revokedOn = event.revokedOn();
    }

    @EventSourcingHandler
    void on(DisclosureEnded event) {
        disclosureEnded = event;
    }

    @EventSourcingHandler
    void on(DisclosureResumed event) {
        disclosureEnded = null;
    }

    @EventSourcingHandler
    void on(ObjectionRaised event) {
        objections.put(event.objectionId(), Objection.raised(event));
    }

    @EventSourcingHandler
    void on(ObjectionForwarded event) {
        objections.put(event.objectionId(), objections.get(event.objectionId()).forwarded());
    }

    @EventSourcingHandler
    void on(ObjectionDeadlineExtended event) {
        objections.put(event.objectionId(), objections.get(event.objectionId()).extendedTo(event.decisionDeadline()));
    }

    @EventSourcingHandler
    void on(ObjectionDecided event) {
        Objection before = objections.get(event.objectionId());
        objections.put(event.objectionId(), before.decided(event.stage(), event.outcome()));
        if (event.outcome() == ObjectionOutcome.DELETE) {
            deletedBy = event.objectionId();
        } else if (event.objectionId().equals(deletedBy) && before.isReversedBy(event.stage(), event.outcome())) {
            deletedBy = null;
        }
    }

    @EventSourcingHandler
    void on(ObjectionReviewRequested event) {
        objections.put(event.objectionId(),
                objections.get(event.objectionId()).underReviewUntil(event.reviewDeadline()));
    }

    @EventSourcingHandler
    void on(RepairApplied event) {
        repairs.put(event.applicationId(), RepairApplication.applied(event));
    }

    @EventSourcingHandler
    void on(RepairAccepted event) {
        repairs.put(event.applicationId(), repairs.get(event.applicationId()).acceptedUntil(event.decisionDeadline()));
    }

    @EventSourcingHandler
    void on(RepairNotAccepted event) {
        repairs.put(event.applicationId(),
                repairs.get(event.applicationId()).now(RepairApplication.Status.NOT_ACCEPTED));
    }

    @EventSourcingHandler
    void on(RepairGranted event) {
        repairs.put(event.applicationId(), repairs.get(event.applicationId()).now(event.temporary()
                ? RepairApplication.Status.TEMPORARILY_GRANTED
                : RepairApplication.Status.GRANTED));
    }

    @EventSourcingHandler
    void on(RepairDenied event) {
        repairs.put(event.applicationId(), repairs.get(event.applicationId()).now(RepairApplication.Status.DENIED));
    }

    @EventSourcingHandler
    void on(RepairRevoked event) {
        repairs.put(event.applicationId(), repairs.get(event.applicationId()).now(RepairApplication.Status.REVOKED));
    }

    @EventSourcingHandler
    void on(RepairFinalised event) {
        repairs.put(event.applicationId(), repairs.get(event.applicationId()).now(RepairApplication.Status.GRANTED));
    }
}
