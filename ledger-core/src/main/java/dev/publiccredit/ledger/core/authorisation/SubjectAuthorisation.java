package dev.publiccredit.ledger.core.authorisation;

import dev.publiccredit.ledger.core.authorisation.command.AuthorisationOutcome;
import dev.publiccredit.ledger.core.authorisation.command.GrantSubjectAuthorisation;
import dev.publiccredit.ledger.core.authorisation.command.RevokeSubjectAuthorisation;
import dev.publiccredit.ledger.core.authorisation.event.SubjectAuthorisationGranted;
import dev.publiccredit.ledger.core.authorisation.event.SubjectAuthorisationRevoked;
import dev.publiccredit.ledger.core.policy.AuthorisationPolicy;
import dev.publiccredit.ledger.core.shared.AuthorisationId;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.LedgerRuleRefusal;
import dev.publiccredit.ledger.core.shared.PlatformTime;
import dev.publiccredit.ledger.core.shared.RuleCode;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One subject's written authorisation (授权书) for one department to see its AUTHORIZED records: registered once
 * (the same department and document again stores nothing), revocable once. Command handlers check and decide; event
 * sourcing handlers only assign state.
 */
public class SubjectAuthorisation {

    @AggregateIdentifier
    private @Nullable AuthorisationId authorisationId;
    private @Nullable String subjectCode;
    private @Nullable DepartmentCode grantee;
    private @Nullable LocalDate registeredOn;
    private @Nullable LocalDate revokedOn;

    protected SubjectAuthorisation() {
        // for Axon: created empty, then sourced from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public AuthorisationOutcome handle(GrantSubjectAuthorisation command, AuthorisationPolicy policy) {
        if (authorisationId != null) {
            return new AuthorisationOutcome(authorisationId, true);
        }
        if (!command.authorisationId().equals(AuthorisationId.forDocument(command.grantee(),
                command.documentReference()))) {
            throw new IllegalArgumentException("authorisation id " + command.authorisationId()
                    + " is not derived from its grantee and document");
        }
        requireValid(AuthorisationRules.checkGrant(command, policy));
        apply(new SubjectAuthorisationGranted(command.authorisationId(), command.subjectCode(),
                command.subjectKind(), command.grantee(), command.purpose().strip(),
                command.documentReference().strip(), command.validFrom(), command.expiresOn(),
                policy.maximumValidity().toString(), command.submittedAt()));
        return new AuthorisationOutcome(command.authorisationId(), false);
    }

    @CommandHandler
    public void handle(RevokeSubjectAuthorisation command) {
        if (revokedOn != null) {
            throw new LedgerRuleRefusal(RuleCode.AUTHORISATION_REVOKED, "Authorisation " + authorisationId
                    + " was revoked on " + revokedOn + ".", Map.of("revokedOn", revokedOn.toString()));
        }
        requireValid(AuthorisationRules.checkRevocation(command.reason(), command.revokedOn(),
                Objects.requireNonNull(registeredOn), command.submittedOn()));
        apply(new SubjectAuthorisationRevoked(Objects.requireNonNull(authorisationId),
                Objects.requireNonNull(subjectCode), Objects.requireNonNull(grantee), command.reason().strip(),
                command.revokedOn(), command.submittedAt()));
    }

    @EventSourcingHandler
    void on(SubjectAuthorisationGranted event) {
        authorisationId = event.authorisationId();
        subjectCode = event.subjectCode();
        grantee = event.grantee();
        registeredOn = PlatformTime.dayOf(event.recordedAt());
    }

    @EventSourcingHandler
    void on(SubjectAuthorisationRevoked event) {
        revokedOn = event.revokedOn();
    }

    private static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRecordContent(violations);
        }
    }
}
