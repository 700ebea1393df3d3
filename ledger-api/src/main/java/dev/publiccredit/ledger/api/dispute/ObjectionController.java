package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.api.record.RecordReader;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.core.listing.command.RemoveListing;
import dev.publiccredit.ledger.core.listing.event.ListingRemovalReason;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.LedgerRuleViolation;
import dev.publiccredit.ledger.core.shared.RuleCode;
import dev.publiccredit.ledger.projections.listing.ListingProjector;
import dev.publiccredit.ledger.projections.listing.ListingView;
import dev.publiccredit.ledger.projections.listing.Listings;
import dev.publiccredit.ledger.projections.record.RecordView;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.jspecify.annotations.Nullable;
import java.util.Optional;
import java.util.OptionalLong;

import dev.publiccredit.ledger.api.record.SubmissionMapper;
import dev.publiccredit.ledger.api.web.PathValues;
import dev.publiccredit.ledger.core.dispute.command.CaseOpened;
import dev.publiccredit.ledger.core.dispute.command.DecideObjection;
import dev.publiccredit.ledger.core.dispute.command.ExtendObjectionDeadline;
import dev.publiccredit.ledger.core.dispute.command.ForwardObjection;
import dev.publiccredit.ledger.core.dispute.command.RaiseObjection;
import dev.publiccredit.ledger.core.dispute.command.RequestObjectionReview;
import dev.publiccredit.ledger.core.dispute.event.ObjectionGround;
import dev.publiccredit.ledger.core.dispute.event.ObjectionOutcome;
import dev.publiccredit.ledger.core.dispute.event.Objector;
import dev.publiccredit.ledger.core.dispute.event.ObjectorRole;
import dev.publiccredit.ledger.core.record.RecordRules;
import dev.publiccredit.ledger.core.record.command.RequestedChange;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.core.shared.ObjectionId;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.projections.dispute.CaseType;
import dev.publiccredit.ledger.projections.dispute.DisputeCaseView;
import dev.publiccredit.ledger.projections.record.RecordView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Objections (异议): the subject (or its agent) objects to a record, which is flagged while the objection is verified;
 * the objection is forwarded to the department that decides, its deadline extended once, decided, and reviewed once
 * (复核). Every write answers the case view and {@code X-Ledger-Position}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Objections", description = "Objections to records (异议) and their review (复核)")
public class ObjectionController {

    private final CaseSupport cases;
    private final RecordReader events;
    private final Listings listings;
    private final ReadPosition readPosition;

    public ObjectionController(CaseSupport cases, RecordReader events, Listings listings, ReadPosition readPosition) {
        this.cases = cases;
        this.events = events;
        this.listings = listings;
        this.readPosition = readPosition;
    }

    @PostMapping(path = "/records/{recordId}/objections", consumes = "application/json")
    @Operation(summary = "Object to a record (异议); the record is flagged as under objection until it is decided",
            description = "201 with Location /api/v1/objections/{id}; 200 with the open objection when the same "
                    + "objector raises the same ground and statement again (nothing is stored); 409 "
                    + "OBJECTION_ALREADY_OPEN while another objection is open.")
    @ApiResponse(responseCode = "200", description = "the case as it stands after the step (201 when created)",
            content = @Content(schema = @Schema(implementation = DisputeCaseView.class)))
    public ResponseEntity<?> raise(@PathVariable String recordId, @RequestBody ObjectionRequest body,
                                   HttpServletRequest request) {
        RecordId id = PathValues.recordId(recordId);
        RequestFields fields = new RequestFields();
        ObjectionRequest.ObjectorRequest objector = fields.required("objector", body.objector());
        String name = "";
        ObjectorRole role = null;
        if (objector != null) {
            name = fields.shortText("objector.name", objector.name());
            fields.optional("objector.contact", objector.contact(), RecordRules.SHORT_TEXT);
            role = fields.required("objector.role", objector.role());
        }
        ObjectionGround ground = fields.required("ground", body.ground());
        String statement = fields.text("statement", body.statement());
        List<String> evidence = body.evidence() == null ? List.of() : body.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            fields.shortText("evidence[" + i + "]", evidence.get(i));
        }
        fields.check();
        RecordView record = cases.record(id);
        Instant now = cases.clock().instant();
        RaiseObjection command = new RaiseObjection(id, ObjectionId.random(),
                new Objector(name, Objects.requireNonNull(role), objector.contact()), Objects.requireNonNull(ground),
                statement, evidence, cases.today(), now);
        CaseOpened opened = Objects.requireNonNull(cases.send(command, request, record,
                "objection: " + ground));
        return cases.written(new CaseSupport.Case(opened.caseId(), CaseType.OBJECTION, id),
                opened.duplicate() ? HttpStatus.OK : HttpStatus.CREATED);
    }

    @GetMapping("/objections/{objectionId}")
    @Operation(summary = "An objection with its deadlines and history",
            description = "Waits (briefly) until the case projection has processed the record's latest event.")
    public DisputeCaseView objection(@PathVariable String objectionId) {
        return cases.read(cases.existing(objectionId, CaseType.OBJECTION));
    }

    @PostMapping(path = "/objections/{objectionId}/forwarding", consumes = "application/json")
    @Operation(summary = "Forward an open objection to the department that decides it")
    @ApiResponse(responseCode = "200", description = "the case as it stands after the step (201 when created)",
            content = @Content(schema = @Schema(implementation = DisputeCaseView.class)))
    public ResponseEntity<?> forward(@PathVariable String objectionId, @RequestBody ForwardingRequest body,
                                     HttpServletRequest request) {
        CaseSupport.Case objection = cases.existing(objectionId, CaseType.OBJECTION);
        RequestFields fields = new RequestFields();
        String department = fields.text("toDepartment", body.toDepartment());
        DepartmentCode to = null;
        if (!department.isEmpty()) {
            try {
                to = DepartmentCode.parse(department);
            } catch (IllegalArgumentException e) {
                fields.add("toDepartment", e.getMessage());
            }
        }
        String note = RequestFields.orEmpty(fields.optional("note", body.note(), RecordRules.LONG_TEXT));
        fields.check();
        return cases.step(objection, new ForwardObjection(objection.recordId(), new ObjectionId(objection.id()),
                Objects.requireNonNull(to), note, cases.today(), cases.clock().instant()), request,
                note.isBlank() ? "forwarded to " + to : note);
    }

    @PostMapping(path = "/objections/{objectionId}/extension", consumes = "application/json")
    @Operation(summary = "Extend the decision deadline, once, with a reason",
            description = "The extended deadline counts from the day the objection was raised "
                    + "(ledger.objection.extended-working-days, default 20). 409 OBJECTION_EXTENSION_USED the "
                    + "second time.")
    @ApiResponse(responseCode = "200", description = "the case as it stands after the step (201 when created)",
            content = @Content(schema = @Schema(implementation = DisputeCaseView.class)))
    public ResponseEntity<?> extend(@PathVariable String objectionId, @RequestBody ExtensionRequest body,
                                    HttpServletRequest request) {
        CaseSupport.Case objection = cases.existing(objectionId, CaseType.OBJECTION);
        RequestFields fields = new RequestFields();
        String reason = fields.text("reason", body.reason());
        fields.check();
        return cases.step(objection, new ExtendObjectionDeadline(objection.recordId(), new ObjectionId(objection.id()),
                reason, cases.today(), cases.clock().instant()), request, reason);
    }

    @PostMapping(path = "/objections/{objectionId}/decision", consumes = "application/json")
    @Operation(summary = "Decide the objection, or its review",
            description = "CORRECT and SUPPLEMENT need changes (as in a correction) and correct the record; "
                    + "DELETE and STOP_DISCLOSURE end its disclosure; ANNOTATE needs an annotation; "
                    + "REMOVE_FROM_LIST needs a listingId; UNFLAG removes the flag.")
    @ApiResponse(responseCode = "200", description = "the case as it stands after the step (201 when created)",
            content = @Content(schema = @Schema(implementation = DisputeCaseView.class)))
    public ResponseEntity<?> decide(@PathVariable String objectionId, @RequestBody ObjectionDecisionRequest body,
                                    HttpServletRequest request) {
        CaseSupport.Case objection = cases.existing(objectionId, CaseType.OBJECTION);
        RequestFields fields = new RequestFields();
        ObjectionOutcome outcome = fields.required("outcome", body.outcome());
        String reasoning = fields.text("reasoning", body.reasoning());
        fields.optional("annotation", body.annotation(), RecordRules.LONG_TEXT);
        ListingId listing = null;
        if (body.listingId() != null) {
            try {
                listing = ListingId.parse(body.listingId());
            } catch (IllegalArgumentException e) {
                fields.add("listingId", "is not a listing id (a UUID)");
            }
        }
        RecordView record = cases.record(objection.recordId());
        if (outcome == ObjectionOutcome.REMOVE_FROM_LIST && listing != null) {
            String problem = listingProblem(listing, record.subject().code());
            if (problem != null) {
                fields.add("listingId", problem);
            }
        }
        fields.check();
        List<RequestedChange> changes = body.changes() == null || body.changes().isEmpty() ? List.of()
                : SubmissionMapper.changes(body.changes());
        ResponseEntity<?> answer = cases.step(objection, new DecideObjection(objection.recordId(),
                new ObjectionId(objection.id()), Objects.requireNonNull(outcome), reasoning, body.annotation(),
                changes, listing, cases.today(), cases.clock().instant()), request, reasoning);
        if (outcome == ObjectionOutcome.REMOVE_FROM_LIST && listing != null) {
            removeFromList(listing, objection, reasoning, request);
        }
        return answer;
    }

    /** Why {@code listing} cannot be removed for an objection to a record about {@code subjectCode}, or null. */
    private @Nullable String listingProblem(ListingId listing, String subjectCode) {
        OptionalLong position = events.position(listing.toString());
        if (position.isEmpty()) {
            return "is not a listing of the ledger";
        }
        readPosition.await(ListingProjector.GROUP, position.getAsLong());
        Optional<ListingView> view = listings.find(listing);
        if (view.isEmpty() || !view.get().subject().code().equals(subjectCode)) {
            return "is not a listing of the subject the record is about";
        }
        return null;
    }

    /**
     * The upheld objection takes the subject off the list: a second command, on the listing, after the decision is
     * stored (ADR 0007). A listing already off its list (removed or expired) stays as it is.
     */
    private void removeFromList(ListingId listing, CaseSupport.Case objection, String reasoning,
                                HttpServletRequest request) {
        ListingView view = listings.find(listing).orElseThrow();
        try {
            cases.commands().sendAndWait(GenericCommandMessage.asCommandMessage(new RemoveListing(listing,
                    ListingRemovalReason.OBJECTION_UPHELD, reasoning, cases.today(), new ObjectionId(objection.id()),
                    cases.clock().instant(), cases.today())).andMetaData(cases.metadata().of(request,
                    DepartmentCode.parse(view.department()), reasoning)));
        } catch (LedgerRuleViolation e) {
            if (e.code() != RuleCode.LISTING_STATE) {
                throw e;
            }
        }
    }

    @PostMapping(path = "/objections/{objectionId}/review", consumes = "application/json")
    @Operation(summary = "The subject asks for the one review (复核) of the decision",
            description = "The record is flagged again until the review is decided through /decision.")
    @ApiResponse(responseCode = "200", description = "the case as it stands after the step (201 when created)",
            content = @Content(schema = @Schema(implementation = DisputeCaseView.class)))
    public ResponseEntity<?> review(@PathVariable String objectionId, @RequestBody ReviewRequest body,
                                    HttpServletRequest request) {
        CaseSupport.Case objection = cases.existing(objectionId, CaseType.OBJECTION);
        RequestFields fields = new RequestFields();
        String grounds = fields.text("grounds", body.grounds());
        fields.check();
        return cases.step(objection, new RequestObjectionReview(objection.recordId(), new ObjectionId(objection.id()),
                grounds, cases.today(), cases.clock().instant()), request, grounds);
    }
}
