package dev.publiccredit.ledger.api.record;

import dev.publiccredit.ledger.api.access.AccessLog;
import dev.publiccredit.ledger.api.access.AccessView;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.security.RecordVisibility;
import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.web.PathValues;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.api.config.LedgerRules;
import dev.publiccredit.ledger.core.record.RecordCreation;
import dev.publiccredit.ledger.core.record.command.CorrectRecord;
import dev.publiccredit.ledger.core.record.command.RecordLicence;
import dev.publiccredit.ledger.core.record.command.RecordPenalty;
import dev.publiccredit.ledger.core.record.command.RevokeRecord;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.projections.disclosure.DisclosureHistories;
import dev.publiccredit.ledger.projections.disclosure.DisclosureHistoryView;
import dev.publiccredit.ledger.projections.record.RecordFold;
import dev.publiccredit.ledger.projections.record.RecordView;
import dev.publiccredit.ledger.projections.disclosure.DisclosureHistoryProjector;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Departments submit, correct and revoke licences and penalties. Writes answer once the event is stored, with the
 * record as folded from its events and {@code X-Ledger-Position} for reading the write from projections. A new
 * record's event is appended directly (ADR 0024); corrections and revocations go through the aggregate.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Records", description = "Double-publicity records: administrative licences and penalties")
public class RecordController {

    private final CommandGateway commands;
    private final RecordReader reader;
    private final DisclosureHistories disclosureHistories;
    private final ReadPosition readPosition;
    private final Clock clock;
    private final RequestMetadata metadata;
    private final RecordVisibility visibility;
    private final AccessLog accessLog;
    private final SubmissionWriter submissions;
    private final LedgerRules rules;

    public RecordController(CommandGateway commands, RecordReader reader, DisclosureHistories disclosureHistories,
                            ReadPosition readPosition, Clock clock, RequestMetadata metadata,
                            RecordVisibility visibility, AccessLog accessLog, SubmissionWriter submissions,
                            LedgerRules rules) {
        this.accessLog = accessLog;
        this.submissions = submissions;
        this.rules = rules;
        this.metadata = metadata;
        this.visibility = visibility;
        this.commands = commands;
        this.reader = reader;
        this.disclosureHistories = disclosureHistories;
        this.readPosition = readPosition;
        this.clock = clock;
    }

    @PostMapping(path = "/penalties", consumes = "application/json")
    @Operation(summary = "Submit an administrative penalty (行政处罚)",
            description = "201 with Location for a new record; 200 with the existing record when this department "
                    + "already submitted this sourceRecordId (nothing is stored).")
    public ResponseEntity<RecordView> submitPenalty(@RequestBody PenaltyRequest body, HttpServletRequest request) {
        RecordPenalty command = SubmissionMapper.penalty(body, clock.instant(), LocalDate.now(clock));
        return created(command.recordId(), () -> RecordCreation.penaltyRecorded(command, rules.current().records()),
                metadata.of(request, command.source().department(), "submission"));
    }

    @PostMapping(path = "/licences", consumes = "application/json")
    @Operation(summary = "Submit an administrative licence (行政许可)",
            description = "201 with Location for a new record; 200 with the existing record when this department "
                    + "already submitted this sourceRecordId (nothing is stored).")
    public ResponseEntity<RecordView> submitLicence(@RequestBody LicenceRequest body, HttpServletRequest request) {
        RecordLicence command = SubmissionMapper.licence(body, clock.instant(), LocalDate.now(clock));
        return created(command.recordId(), () -> RecordCreation.licenceRecorded(command, rules.current().records()),
                metadata.of(request, command.source().department(), "submission"));
    }

    @GetMapping("/records/{recordId}")
    @Operation(summary = "A record as it stands, read from the event store (consistent with every acknowledged write)",
            description = "404 also for a record the caller may not see by its role and the record's disclosure "
                    + "class (docs/disclosure.md).")
    public ResponseEntity<RecordView> record(@PathVariable String recordId) {
        RecordView view = visibility.requireVisible(existing(PathValues.recordId(recordId)));
        accessLog.record(AccessView.RECORD, view.subject().code(), view.recordId(), null);
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    @PostMapping(path = "/records/{recordId}/corrections", consumes = "application/json")
    @Operation(summary = "Correct fields of a record, giving the reason (更正); old values stay in the history",
            description = "Send If-Match with the version (ETag) last read to refuse the correction if the record "
                    + "has changed since (412).")
    public ResponseEntity<RecordView> correct(@PathVariable String recordId, @RequestBody CorrectionRequest body,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                              @Nullable String ifMatch,
                                              HttpServletRequest request) {
        RecordId id = PathValues.recordId(recordId);
        RecordView before = existing(id);
        Instant now = clock.instant();
        var command = new CorrectRecord(id, SubmissionMapper.changes(body.changes()), required("reason",
                body.reason()), now, LocalDate.now(clock), version(ifMatch));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                metadata.of(request, DepartmentCode.parse(before.sourceDepartment()), command.reason())));
        return written(id, HttpStatus.OK);
    }

    @PostMapping(path = "/records/{recordId}/revocation", consumes = "application/json")
    @Operation(summary = "Revoke a record whose decision was revoked or declared void; disclosure ends")
    public ResponseEntity<RecordView> revoke(@PathVariable String recordId, @RequestBody RevocationRequest body,
                                             @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                             @Nullable String ifMatch,
                                             HttpServletRequest request) {
        RecordId id = PathValues.recordId(recordId);
        RecordView before = existing(id);
        String document = body.revokingDocumentNumber();
        String reason = body.reason();
        if (document == null || body.revokedOn() == null || reason == null) {
            throw new InvalidRecordContent(missing(document == null ? "revokingDocumentNumber" : null,
                    body.revokedOn() == null ? "revokedOn" : null, reason == null ? "reason" : null));
        }
        Instant now = clock.instant();
        var command = new RevokeRecord(id, document, body.revokedOn(), reason, now, LocalDate.now(clock),
                version(ifMatch));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                metadata.of(request, DepartmentCode.parse(before.sourceDepartment()), reason)));
        return written(id, HttpStatus.OK);
    }

    @GetMapping("/records/{recordId}/disclosure-history")
    @Operation(summary = "When the record became visible, each change to what was visible, when and why it ended",
            description = "Waits (briefly) until the projection has processed the record's latest event.")
    public DisclosureHistoryView disclosureHistory(@PathVariable String recordId) {
        RecordId id = PathValues.recordId(recordId);
        visibility.requireVisible(existing(id));
        long position = reader.position(id).orElseThrow(() -> new NotFound("No record " + id + "."));
        readPosition.await(DisclosureHistoryProjector.GROUP, position);
        DisclosureHistoryView history = disclosureHistories.find(id, LocalDate.now(clock))
                .orElseThrow(() -> new NotFound("No record " + id + "."));
        accessLog.record(AccessView.DISCLOSURE_HISTORY, history.subjectCode(), history.recordId(), null);
        return history;
    }

    /**
     * A new record: its first event decided by the function the aggregate applies and appended directly, without
     * the command bus and the read of the empty stream (ADR 0024), in a transaction shared with the submissions
     * arriving at the same moment (ADR 0026); the answer is folded from that event, which is what reading it back
     * would give. A record already stored (or stored meanwhile by a simultaneous request) is a duplicate: nothing is
     * stored, and the answer is the record as it stands.
     */
    private ResponseEntity<RecordView> created(RecordId id, Supplier<Object> decide, MetaData metaData) {
        SubmissionWriter.Outcome outcome = submissions.submit(id, decide, metaData);
        if (!outcome.stored()) {
            return written(id, HttpStatus.OK);
        }
        RecordView view = new RecordFold().add(outcome.event(), 0).view().orElseThrow();
        return answer(view, outcome.position(), HttpStatus.CREATED);
    }

    private ResponseEntity<RecordView> written(RecordId id, HttpStatus status) {
        RecordView view = existing(id);
        return answer(view, reader.position(id).orElse(-1), status);
    }

    private static ResponseEntity<RecordView> answer(RecordView view, long position, HttpStatus status) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).eTag(Long.toString(view.version()))
                .header(ReadPosition.POSITION, Long.toString(position));
        if (status == HttpStatus.CREATED) {
            response.location(URI.create("/api/v1/records/" + view.recordId()));
        }
        return response.body(view);
    }

    private RecordView existing(RecordId id) {
        return reader.find(id).orElseThrow(() -> new NotFound("No record " + id + "."));
    }

    private static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequest("If-Match", "must be the record's version (its ETag), e.g. \"0\"");
        }
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRecordContent(List.of(new FieldViolation(field, "must not be empty")));
        }
        return value;
    }

    private static List<FieldViolation> missing(@Nullable String... fields) {
        return java.util.Arrays.stream(fields).filter(java.util.Objects::nonNull)
                .map(f -> new FieldViolation(f, "is required")).toList();
    }
}
