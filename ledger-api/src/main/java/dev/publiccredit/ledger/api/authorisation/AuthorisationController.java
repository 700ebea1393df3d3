package dev.publiccredit.ledger.api.authorisation;

import dev.publiccredit.ledger.api.record.RecordReader;
import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.api.security.Role;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.web.PathValues;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.core.authorisation.AuthorisationRules;
import dev.publiccredit.ledger.core.authorisation.command.AuthorisationOutcome;
import dev.publiccredit.ledger.core.authorisation.command.GrantSubjectAuthorisation;
import dev.publiccredit.ledger.core.authorisation.command.RevokeSubjectAuthorisation;
import dev.publiccredit.ledger.core.policy.AuthorisationPolicy;
import dev.publiccredit.ledger.core.shared.AuthorisationId;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.PlatformTime;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.projections.authorisation.SubjectAuthorisationView;
import dev.publiccredit.ledger.projections.authorisation.SubjectAuthorisations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Subject authorisations (授权查询, docs/disclosure.md): a department registers the written authorisation a subject
 * gave it, and then sees the subject's AUTHORIZED records until the authorisation expires or is revoked. The table
 * behind the reads is written in the write transaction, so every answer is consistent with every acknowledged write.
 * A department sees only the authorisations granted to it; another's answers 404.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Authorisations", description = "Subject authorisations to see AUTHORIZED records")
public class AuthorisationController {

    private final CommandGateway commands;
    private final SubjectAuthorisations authorisations;
    private final RecordReader events;
    private final RequestMetadata metadata;
    private final AuthorisationPolicy policy;
    private final Clock clock;

    AuthorisationController(CommandGateway commands, SubjectAuthorisations authorisations, RecordReader events,
                            RequestMetadata metadata, AuthorisationPolicy policy, Clock clock) {
        this.commands = commands;
        this.authorisations = authorisations;
        this.events = events;
        this.metadata = metadata;
        this.policy = policy;
        this.clock = clock;
    }

    @PostMapping(path = "/subjects/{subjectCode}/authorisations", consumes = "application/json")
    @Operation(summary = "Register the subject's written authorisation (授权书) of the calling department",
            description = "201 with Location; 200 with the existing authorisation when this department already "
                    + "registered this documentReference (nothing is stored). 400 naming each bad field: expiresOn "
                    + "at most ledger.authorisation.maximum-validity after validFrom, and not already past.")
    public ResponseEntity<SubjectAuthorisationView> grant(@PathVariable String subjectCode,
                                                          @RequestBody AuthorisationRequest body,
                                                          HttpServletRequest request) {
        String code = PathValues.subjectCode(subjectCode);
        DepartmentCode grantee = Objects.requireNonNull(Caller.current().department(),
                "a DEPARTMENT caller has a department");
        GrantSubjectAuthorisation command = grantCommand(code, grantee, body);
        MetaData metaData = metadata.of(request, grantee, command.purpose());
        AuthorisationOutcome outcome;
        try {
            outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (ConcurrencyException | AggregateStreamCreationException sameDocumentStoredConcurrently) {
            // another request stored this authorisation between our read and our append: it is now a duplicate
            outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        }
        return written(outcome.authorisationId(), outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED);
    }

    @GetMapping("/subjects/{subjectCode}/authorisations")
    @Operation(summary = "The subject's authorisations, each with its status today",
            description = "A department sees those granted to it; dispute handlers and auditors see all.")
    public SubjectAuthorisationsResponse ofSubject(@PathVariable String subjectCode) {
        String code = PathValues.subjectCode(subjectCode);
        Caller caller = Caller.current();
        String grantee = caller.isAny(Role.DISPUTE_HANDLER, Role.AUDITOR) || caller.department() == null ? null
                : caller.department().value();
        LocalDate today = LocalDate.now(clock);
        return new SubjectAuthorisationsResponse(code, today, authorisations.ofSubject(code, grantee, today));
    }

    /** A subject's authorisations as the caller may see them, with their status on {@code on}. */
    public record SubjectAuthorisationsResponse(String subjectCode, LocalDate on,
                                                List<SubjectAuthorisationView> authorisations) {
    }

    @GetMapping("/authorisations/{authorisationId}")
    @Operation(summary = "One authorisation with its status today")
    public ResponseEntity<SubjectAuthorisationView> authorisation(@PathVariable String authorisationId) {
        AuthorisationId id = authorisationId(authorisationId);
        return ResponseEntity.ok().header(ReadPosition.POSITION, Long.toString(position(id))).body(existing(id));
    }

    @PostMapping(path = "/authorisations/{authorisationId}/revocation", consumes = "application/json")
    @Operation(summary = "Revoke an authorisation from a day on: by the grantee, or by a dispute handler on the "
            + "subject's written withdrawal",
            description = "From revokedOn (included) the grantee no longer sees the subject's AUTHORIZED records. "
                    + "409 AUTHORISATION_REVOKED when already revoked.")
    public ResponseEntity<SubjectAuthorisationView> revoke(@PathVariable String authorisationId,
                                                           @RequestBody AuthorisationRevocationRequest body,
                                                           HttpServletRequest request) {
        AuthorisationId id = authorisationId(authorisationId);
        SubjectAuthorisationView before = existing(id);
        List<FieldViolation> v = new ArrayList<>();
        required("reason", body.reason(), v);
        required("revokedOn", body.revokedOn(), v);
        String reason = body.reason();
        LocalDate revokedOn = PathValues.day("revokedOn", body.revokedOn());
        if (!v.isEmpty() || reason == null || revokedOn == null) {
            throw new InvalidRecordContent(v);
        }
        LocalDate today = LocalDate.now(clock);
        requireValid(AuthorisationRules.checkRevocation(reason, revokedOn,
                PlatformTime.dayOf(before.registeredAt()), today));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new RevokeSubjectAuthorisation(id, reason, revokedOn, clock.instant(), today))
                .andMetaData(metadata.of(request, DepartmentCode.parse(before.grantee()), reason.strip())));
        return written(id, HttpStatus.OK);
    }

    private GrantSubjectAuthorisation grantCommand(String code, DepartmentCode grantee, AuthorisationRequest body) {
        List<FieldViolation> v = new ArrayList<>();
        if (body.subjectKind() == null) {
            v.add(new FieldViolation("subjectKind", "is required: one of " + Arrays.toString(SubjectKind.values())));
        }
        required("purpose", body.purpose(), v);
        required("documentReference", body.documentReference(), v);
        required("validFrom", body.validFrom(), v);
        required("expiresOn", body.expiresOn(), v);
        LocalDate validFrom = PathValues.day("validFrom", body.validFrom());
        LocalDate expiresOn = PathValues.day("expiresOn", body.expiresOn());
        SubjectKind kind = body.subjectKind();
        String purpose = body.purpose();
        String document = body.documentReference();
        if (!v.isEmpty() || kind == null || purpose == null || document == null || validFrom == null
                || expiresOn == null) {
            throw new InvalidRecordContent(v);
        }
        Instant now = clock.instant();
        GrantSubjectAuthorisation command = new GrantSubjectAuthorisation(
                AuthorisationId.forDocument(grantee, document), code, kind, grantee, purpose, document, validFrom,
                expiresOn, now, LocalDate.now(clock));
        requireValid(AuthorisationRules.checkGrant(command, policy));
        return command;
    }

    private ResponseEntity<SubjectAuthorisationView> written(AuthorisationId id, HttpStatus status) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .header(ReadPosition.POSITION, Long.toString(position(id)));
        if (status == HttpStatus.CREATED) {
            response.location(URI.create("/api/v1/authorisations/" + id));
        }
        return response.body(existing(id));
    }

    /** The authorisation, if the caller may see it: a department only its own; 404 otherwise. */
    private SubjectAuthorisationView existing(AuthorisationId id) {
        Caller caller = Caller.current();
        return authorisations.find(id.value(), LocalDate.now(clock))
                .filter(a -> caller.isAny(Role.DISPUTE_HANDLER, Role.AUDITOR)
                        || caller.isDepartment(DepartmentCode.parse(a.grantee())))
                .orElseThrow(() -> new NotFound("No authorisation " + id + "."));
    }

    private long position(AuthorisationId id) {
        return events.position(id.toString()).orElseThrow(() -> new NotFound("No authorisation " + id + "."));
    }

    private static void required(String field, @Nullable Object value, List<FieldViolation> v) {
        if (value == null || value instanceof String text && text.isBlank()) {
            v.add(new FieldViolation(field, value == null ? "is required" : "must not be empty"));
        }
    }

    private static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRecordContent(violations);
        }
    }

    private static AuthorisationId authorisationId(String raw) {
        try {
            return AuthorisationId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("authorisationId", "is not an authorisation id (a UUID)");
        }
    }
}
