package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.policy.RecordPolicies;
import dev.publiccredit.ledger.core.record.command.CorrectRecord;
import dev.publiccredit.ledger.core.record.command.RecordLicence;
import dev.publiccredit.ledger.core.record.command.RecordOutcome;
import dev.publiccredit.ledger.core.record.command.RecordPenalty;
import dev.publiccredit.ledger.core.record.command.RequestedChange;
import dev.publiccredit.ledger.core.record.command.RevokeRecord;
import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.DoublePublicityTimeliness;
import dev.publiccredit.ledger.core.record.event.FieldChange;
import dev.publiccredit.ledger.core.record.event.InvalidFieldValue;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import dev.publiccredit.ledger.core.record.event.RecordContent;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordRevoked;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One credit record (a licence or a penalty) and its life: recorded, corrected, revoked. One aggregate per record
 * keeps every stream short and lets departments write in parallel; see docs/adr/0002-one-aggregate-per-record.md.
 * Command handlers check the rules and decide; event sourcing handlers only assign state.
 */
public class CreditRecord {

    @AggregateIdentifier
    private @Nullable RecordId recordId;
    private @Nullable RecordContent content;
    private @Nullable DoublePublicityTimeliness timeliness;
    private @Nullable LocalDate revokedOn;

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
        requireDerivedId(command.recordId(), command.source().department(), command.source().sourceRecordId());
        RecordContent submitted = new RecordContent(RecordCategory.PENALTY, command.source(), command.subject(),
                command.disclosure(), command.severity(), command.details(), null);
        requireValid(RecordRules.check(submitted, command.submittedOn()));
        LocalDate decided = command.details().decisionDate();
        apply(new PenaltyRecorded(command.recordId(), command.source(), command.subject(), command.details(),
                command.disclosure(), command.severity(),
                policies.publicity().penaltyWindow(command.severity(), decided),
                policies.doublePublicity().assess(decided, command.submittedOn()),
                command.submittedAt()));
        return new RecordOutcome(command.recordId(), false);
    }

    /** Records a licence; a record with this id already exists: stores nothing and says so. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordOutcome handle(RecordLicence command, RecordPolicies policies) {
        if (recordId != null) {
            return new RecordOutcome(recordId, true);
        }
        requireDerivedId(command.recordId(), command.source().department(), command.source().sourceRecordId());
        RecordContent submitted = new RecordContent(RecordCategory.LICENCE, command.source(), command.subject(),
                command.disclosure(), null, null, command.details());
        requireValid(RecordRules.check(submitted, command.submittedOn()));
        LocalDate decided = command.details().decisionDate();
        apply(new LicenceRecorded(command.recordId(), command.source(), command.subject(), command.details(),
                command.disclosure(), policies.publicity().licenceWindow(decided),
                policies.doublePublicity().assess(decided, command.submittedOn()),
                command.submittedAt()));
        return new RecordOutcome(command.recordId(), false);
    }

    @CommandHandler
    public void handle(CorrectRecord command, RecordPolicies policies) {
        RecordContent current = assertNotRevoked();
        List<FieldViolation> violations = new ArrayList<>();
        if (command.changes().isEmpty()) {
            violations.add(new FieldViolation("changes", "must name at least one field to correct"));
        }
        if (command.reason().isBlank()) {
            violations.add(new FieldViolation("reason", "must not be empty"));
        }
        RecordContent corrected = current;
        Set<CorrectableField> named = EnumSet.noneOf(CorrectableField.class);
        for (RequestedChange change : command.changes()) {
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
        requireValid(RecordRules.check(corrected, command.submittedOn()));

        List<FieldChange> changes = new ArrayList<>();
        for (CorrectableField field : named) {
            String before = current.read(field);
            String after = corrected.read(field);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        if (changes.isEmpty()) {
            throw new CorrectionChangesNothing(Objects.requireNonNull(recordId));
        }
        boolean dateChanged = changes.stream().anyMatch(c -> c.field() == CorrectableField.DECISION_DATE);
        boolean severityChanged = changes.stream().anyMatch(c -> c.field() == CorrectableField.SEVERITY);
        PublicityWindow window = null;
        if (dateChanged || severityChanged) {
            window = corrected.category() == RecordCategory.PENALTY
                    ? policies.publicity().penaltyWindow(Objects.requireNonNull(corrected.severity()),
                    corrected.decisionDate())
                    : policies.publicity().licenceWindow(corrected.decisionDate());
        }
        DoublePublicityTimeliness reassessed = dateChanged
                ? policies.doublePublicity().assess(corrected.decisionDate(),
                Objects.requireNonNull(timeliness).submittedOn())
                : null;
        apply(new RecordCorrected(recordId, current.category(), current.subject().code(), changes,
                command.reason().strip(), window, reassessed, command.submittedAt()));
    }

    @CommandHandler
    public void handle(RevokeRecord command, RecordPolicies policies) {
        RecordContent current = assertNotRevoked();
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

    private RecordContent assertNotRevoked() {
        if (revokedOn != null) {
            throw new RecordAlreadyRevoked(Objects.requireNonNull(recordId), revokedOn);
        }
        return Objects.requireNonNull(content);
    }

    private static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRecordContent(violations);
        }
    }

    private static void requireDerivedId(RecordId id, dev.publiccredit.ledger.core.shared.DepartmentCode department,
                                         String sourceRecordId) {
        if (!id.equals(RecordId.forSource(department, sourceRecordId))) {
            throw new IllegalArgumentException("record id " + id + " is not derived from its source");
        }
    }

    @EventSourcingHandler
    void on(PenaltyRecorded event) {
        recordId = event.recordId();
        content = RecordContent.of(event);
        timeliness = event.timeliness();
    }

    @EventSourcingHandler
    void on(LicenceRecorded event) {
        recordId = event.recordId();
        content = RecordContent.of(event);
        timeliness = event.timeliness();
    }

    @EventSourcingHandler
    void on(RecordCorrected event) {
        content = Objects.requireNonNull(content).applying(event);
        if (event.timeliness() != null) {
            timeliness = event.timeliness();
        }
    }

    @EventSourcingHandler
    void on(RecordRevoked event) {
        revokedOn = event.revokedOn();
    }
}
