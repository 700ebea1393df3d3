package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.api.access.AccessLog;
import dev.publiccredit.ledger.api.access.AccessView;
import dev.publiccredit.ledger.api.security.Role;
import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.api.security.RecordVisibility;
import dev.publiccredit.ledger.api.record.RecordReader;
import dev.publiccredit.ledger.api.web.InvalidRequest;
import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.web.PositionNotReached;
import dev.publiccredit.ledger.api.web.ReadPosition;
import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.LedgerRuleRefusal;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.RuleCode;
import dev.publiccredit.ledger.projections.dispute.CaseType;
import dev.publiccredit.ledger.projections.dispute.DisputeCaseIndex;
import dev.publiccredit.ledger.projections.dispute.DisputeCaseProjector;
import dev.publiccredit.ledger.projections.dispute.DisputeCaseView;
import dev.publiccredit.ledger.projections.dispute.DisputeCases;
import dev.publiccredit.ledger.projections.record.RecordView;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * What the objection and repair endpoints share: finding the record a case belongs to, sending a command with the
 * request's metadata, and answering the case view once the case projection has caught up with the write.
 */
@Component
class CaseSupport {

    private final DisputeCaseIndex index;
    private final DisputeCases cases;
    private final RecordReader records;
    private final ReadPosition readPosition;
    private final CommandGateway commands;
    private final Clock clock;
    private final RequestMetadata metadata;
    private final RecordVisibility visibility;
    private final AccessLog accessLog;

    CaseSupport(DisputeCaseIndex index, DisputeCases cases, RecordReader records, ReadPosition readPosition,
                CommandGateway commands, Clock clock, RequestMetadata metadata, RecordVisibility visibility,
                AccessLog accessLog) {
        this.metadata = metadata;
        this.visibility = visibility;
        this.accessLog = accessLog;
        this.index = index;
        this.cases = cases;
        this.records = records;
        this.readPosition = readPosition;
        this.commands = commands;
        this.clock = clock;
    }

    /** A case named in a path: 400 if the id is not a UUID, 404 (with the not-found code) if there is no such case. */
    Case existing(String rawId, CaseType type) {
        String field = type == CaseType.OBJECTION ? "objectionId" : "applicationId";
        UUID id;
        try {
            id = UUID.fromString(rawId.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field, "is not an id (a UUID)");
        }
        RecordId recordId = index.recordOf(id, type).orElseThrow(() -> type == CaseType.OBJECTION
                ? new LedgerRuleRefusal(RuleCode.OBJECTION_NOT_FOUND, "No objection " + id + ".")
                : new LedgerRuleRefusal(RuleCode.REPAIR_APPLICATION_NOT_FOUND, "No repair application " + id + "."));
        return new Case(id, type, recordId);
    }

    /** The record as it stands, read from the event store; 404 if there is none. */
    RecordView record(RecordId recordId) {
        return records.find(recordId).orElseThrow(() -> new NotFound("No record " + recordId + "."));
    }

    /** The record as it stands, if the caller may see it (docs/disclosure.md); 404 if not, or if there is none. */
    RecordView visibleRecord(RecordId recordId) {
        return visibility.requireVisible(record(recordId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    CommandGateway commands() {
        return commands;
    }

    RequestMetadata metadata() {
        return metadata;
    }

    /**
     * Sends the command to the record with the request's metadata: the record's source department (the department
     * on record for the case, as for corrections) and the reason given.
     */
    <R> @Nullable R send(Object command, HttpServletRequest request, RecordView record, String reason) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                metadata.of(request, DepartmentCode.parse(record.sourceDepartment()), reason)));
    }

    /** Sends a step of an existing case and answers the case view (200). */
    ResponseEntity<?> step(Case existing, Object command, HttpServletRequest request, String reason) {
        send(command, request, record(existing.recordId()), reason);
        return written(existing, HttpStatus.OK);
    }

    /**
     * The answer to a write: the case view with {@code X-Ledger-Position}, once the case projection has processed
     * the write. Should the projection not get there in time, the write still stands: 202 with the position and
     * {@code Location}, to read the case later.
     */
    ResponseEntity<?> written(Case written, HttpStatus status) {
        long position = records.position(written.recordId()).orElse(-1);
        URI location = URI.create(location(written));
        try {
            readPosition.await(DisputeCaseProjector.GROUP, position);
        } catch (PositionNotReached e) {
            return ResponseEntity.accepted().location(location)
                    .header(ReadPosition.POSITION, Long.toString(position))
                    .body(new CaseStored(written.id().toString(), written.type(), written.recordId().toString(),
                            position));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .header(ReadPosition.POSITION, Long.toString(position));
        if (status == HttpStatus.CREATED) {
            response.location(location);
        }
        return response.body(view(written));
    }

    /** The case view, consistent with every acknowledged write of its record (waits for the case projection). */
    DisputeCaseView read(Case existing) {
        Caller caller = Caller.current();
        RecordView record = visibleRecord(existing.recordId());
        if (caller.is(Role.DEPARTMENT)) {
            caller.requireOwnDepartment(DepartmentCode.parse(record.sourceDepartment()), "the disputes");
        }
        records.position(existing.recordId()).ifPresent(p -> readPosition.await(DisputeCaseProjector.GROUP, p));
        DisputeCaseView view = view(existing);
        accessLog.record(existing.type() == CaseType.OBJECTION ? AccessView.OBJECTION : AccessView.REPAIR_APPLICATION,
                view.subjectCode(), view.caseId(), null);
        return view;
    }

    private DisputeCaseView view(Case existing) {
        return cases.find(existing.id(), existing.type(), today())
                .orElseThrow(() -> new NotFound("No " + existing.type().name().toLowerCase(Locale.ROOT) + " "
                        + existing.id() + "."));
    }

    private static String location(Case c) {
        return (c.type() == CaseType.OBJECTION ? "/api/v1/objections/" : "/api/v1/repair-applications/") + c.id();
    }

    /** A case and the record it belongs to. */
    record Case(UUID id, CaseType type, RecordId recordId) {
    }

    /**
     * The answer to a write whose case view is not ready yet: the write is stored at {@code position}; read the
     * case at {@code Location} (it waits for that position).
     */
    record CaseStored(String caseId, CaseType type, String recordId, long position) {
    }
}
