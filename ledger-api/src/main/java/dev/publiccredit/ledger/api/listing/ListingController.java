package dev.publiccredit.ledger.api.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.publiccredit.ledger.api.config.LedgerRules;
import dev.publiccredit.ledger.api.record.RecordReader;
import dev.publiccredit.ledger.api.access.AccessLog;
import dev.publiccredit.ledger.api.access.AccessView;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.web.PathValues;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.core.listing.command.IssueListingNotice;
import dev.publiccredit.ledger.core.listing.command.ListSubject;
import dev.publiccredit.ledger.core.listing.command.ListingOutcome;
import dev.publiccredit.ledger.core.listing.event.ListingParticulars;
import dev.publiccredit.ledger.core.policy.MeasureCatalogue;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.projections.listing.ListingProjector;
import dev.publiccredit.ledger.projections.listing.ListingSummary;
import dev.publiccredit.ledger.projections.listing.ListingView;
import dev.publiccredit.ledger.projections.listing.Listings;
import dev.publiccredit.ledger.projections.listing.SubjectMeasures;
import dev.publiccredit.ledger.projections.listing.SubjectMeasuresView;
import dev.publiccredit.ledger.projections.record.RecordView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Lists and joint measures: departments list subjects (serious dishonesty after a prior notice), decide and remove
 * listings; anyone asks which measures apply to a subject on a day. Every answer about a listing is read from the
 * listings projection once it has processed the listing's last event.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Listings", description = "Serious dishonesty, redlist and business anomaly lists, and joint measures")
public class ListingController {

    private final CommandGateway commands;
    private final RecordReader records;
    private final Listings listings;
    private final SubjectMeasures measures;
    private final LedgerRules rules;
    private final ReadPosition readPosition;
    private final Clock clock;
    private final RequestMetadata metadata;
    private final AccessLog accessLog;

    public ListingController(CommandGateway commands, RecordReader records, Listings listings,
                             SubjectMeasures measures, LedgerRules rules, ReadPosition readPosition,
                             Clock clock, RequestMetadata metadata, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.metadata = metadata;
        this.commands = commands;
        this.records = records;
        this.listings = listings;
        this.measures = measures;
        this.rules = rules;
        this.readPosition = readPosition;
        this.clock = clock;
    }

    @PostMapping(path = "/listings", consumes = "application/json")
    @Operation(summary = "List a subject; for SERIOUS_DISHONESTY serve the prior notice (告知) first",
            description = "201 with Location: status NOTICE for SERIOUS_DISHONESTY (decide after the waiting period), "
                    + "LISTED for the other kinds, with the measures applied. 200 with the existing listing when this "
                    + "department already sent this sourceListingId (nothing is stored).")
    public ResponseEntity<ListingView> create(@RequestBody ListingRequest body, HttpServletRequest request) {
        Object command = ListingMapper.create(body, rules.current().listings().listing(), clock.instant(), LocalDate.now(clock));
        ListingParticulars particulars = command instanceof IssueListingNotice notice ? notice.particulars()
                : ((ListSubject) command).particulars();
        requireBasisAboutTheSubject(particulars);
        MetaData metaData = metadata.of(request, particulars.department(),
                command instanceof IssueListingNotice ? "listing notice" : "listing");
        ListingOutcome outcome;
        try {
            outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (ConcurrencyException | AggregateStreamCreationException sameListingStoredConcurrently) {
            // another request stored this listing between our read and our append: it is now a duplicate
            outcome = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        }
        return written(outcome.listingId(), outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED);
    }

    @PostMapping(path = "/listings/{listingId}/decision", consumes = "application/json")
    @Operation(summary = "Decide a serious-dishonesty listing after its notice (列入决定)",
            description = "409 LISTING_NOTICE_PERIOD_RUNNING with earliestDecisionOn while the subject may still "
                    + "answer the notice; 409 LISTING_STATE unless the listing is at its notice step.")
    public ResponseEntity<ListingView> decide(@PathVariable String listingId,
                                              @RequestBody ListingDecisionRequest body, HttpServletRequest request) {
        ListingId id = listingId(listingId);
        ListingView before = existing(id);
        var command = ListingMapper.decision(id, body, clock.instant(), LocalDate.now(clock));
        send(command, request, before, "listing decision");
        return written(id, HttpStatus.OK);
    }

    @PostMapping(path = "/listings/{listingId}/removal", consumes = "application/json")
    @Operation(summary = "Remove a listing before its end (移出), or withdraw a notice",
            description = "409 LISTING_EARLY_REMOVAL_TOO_SOON with earliestRemovalOn for an early removal of a "
                    + "serious-dishonesty listing before the minimum time; 409 LISTING_STATE when already removed or "
                    + "expired, or for a reason the listing's state does not allow.")
    public ResponseEntity<ListingView> remove(@PathVariable String listingId, @RequestBody ListingRemovalRequest body,
                                              HttpServletRequest request) {
        ListingId id = listingId(listingId);
        ListingView before = existing(id);
        var command = ListingMapper.removal(id, body, clock.instant(), LocalDate.now(clock));
        send(command, request, before, command.explanation());
        return written(id, HttpStatus.OK);
    }

    @GetMapping("/listings/{listingId}")
    @Operation(summary = "A listing as it stands, with its measures and how it comes off the list",
            description = "Waits (briefly) until the projection has processed the listing's latest event.")
    public ResponseEntity<ListingView> listing(@PathVariable String listingId) {
        ListingId id = listingId(listingId);
        long position = position(id);
        ListingView view = existing(id);
        accessLog.record(AccessView.LISTING, view.subject().code(), view.listingId(), null);
        return ResponseEntity.ok().header(ReadPosition.POSITION, Long.toString(position)).body(view);
    }

    @GetMapping("/subjects/{subjectCode}/measures")
    @Operation(summary = "The joint measures in force for a subject on a day, and the listings they come from",
            description = "With measure=CODE, also whether that restriction applies (restricted). Send "
                    + "X-Ledger-Await-Position with a write's X-Ledger-Position to read that write.")
    public MeasuresResponse subjectMeasures(
            @PathVariable String subjectCode,
            @Parameter(description = "the day asked about; default today (Asia/Shanghai)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            @Parameter(description = "a measure code of the catalogue") @RequestParam(required = false)
            @Nullable String measure,
            @RequestHeader(name = ReadPosition.AWAIT, required = false) @Nullable String awaitPosition) {
        String code = PathValues.subjectCode(subjectCode);
        LocalDate asked = PathValues.day("on", on);
        LocalDate day = asked != null ? asked : LocalDate.now(clock);
        MeasureCatalogue catalogue = rules.current().listings().measures();
        if (measure != null && !catalogue.contains(measure)) {
            throw new InvalidRequest("measure", "is not a measure of the catalogue " + catalogue.version()
                    + " (GET /api/v1/measures)");
        }
        readPosition.await(ListingProjector.GROUP, awaitPosition);
        SubjectMeasuresView view = measures.on(code, day);
        Boolean restricted = measure == null ? null : measures.isRestricted(code, measure, day);
        accessLog.record(AccessView.MEASURES, code, null, null);
        return new MeasuresResponse(view.subjectCode(), view.on(), view.restrictions(), view.incentives(),
                view.listings(), measure, restricted);
    }

    @GetMapping("/measures")
    @Operation(summary = "The joint measures catalogue: what each kind of listing triggers")
    public MeasureCatalogue catalogue() {
        return rules.current().listings().measures();
    }

    /** The measures of a subject on a day; {@code measure} and {@code restricted} only when a measure was asked. */
    public record MeasuresResponse(String subjectCode, LocalDate on,
                                   List<SubjectMeasuresView.ActiveMeasure> restrictions,
                                   List<SubjectMeasuresView.ActiveMeasure> incentives,
                                   List<ListingSummary> listings,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String measure,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean restricted) {
    }

    private void requireBasisAboutTheSubject(ListingParticulars particulars) {
        if (particulars.basisRecordId() == null) {
            return;
        }
        Optional<RecordView> basis = records.find(particulars.basisRecordId());
        if (basis.isEmpty()) {
            throw new InvalidRecordContent(List.of(new FieldViolation("basisRecordId", "no record with this id")));
        }
        if (!basis.get().subject().code().equals(particulars.subject().code())) {
            throw new InvalidRecordContent(List.of(new FieldViolation("basisRecordId",
                    "the record is about another subject")));
        }
    }

    private void send(Object command, HttpServletRequest request, ListingView before, String reason) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                metadata.of(request, DepartmentCode.parse(before.department()), reason)));
    }

    private ResponseEntity<ListingView> written(ListingId id, HttpStatus status) {
        ListingView view = existing(id);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .header(ReadPosition.POSITION, Long.toString(position(id)));
        if (status == HttpStatus.CREATED) {
            response.location(URI.create("/api/v1/listings/" + id));
        }
        return response.body(view);
    }

    /** The listing once the projection has processed its last event; 404 if there is no such listing. */
    private ListingView existing(ListingId id) {
        readPosition.await(ListingProjector.GROUP, position(id));
        return listings.find(id).orElseThrow(() -> new NotFound("No listing " + id + "."));
    }

    private long position(ListingId id) {
        return records.position(id.toString()).orElseThrow(() -> new NotFound("No listing " + id + "."));
    }

    private static ListingId listingId(String raw) {
        try {
            return ListingId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("listingId", "is not a listing id (a UUID)");
        }
    }
}
