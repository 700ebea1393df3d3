package dev.publiccredit.ledger.benchmarks;

import dev.publiccredit.ledger.api.record.LicenceRequest;
import dev.publiccredit.ledger.api.record.PenaltyRequest;
import dev.publiccredit.ledger.api.record.SubmissionMapper;
import dev.publiccredit.ledger.core.policy.RecordPolicies;
import dev.publiccredit.ledger.core.record.command.RecordLicence;
import dev.publiccredit.ledger.core.record.command.RecordPenalty;
import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * Turns synthetic rows into the commands the API would send and into the rows the event store would hold: the
 * event the {@code CreditRecord} aggregate decides for the command (same policies, same constructor arguments),
 * serialized with the ledger's own event serializer, with the metadata a request carries.
 */
final class EventRows {

    static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    /** One row of {@code domain_event_entry}, without its global index. */
    record EventRow(String aggregateId, long sequence, String type, String eventId, byte[] metaData, byte[] payload,
                    String payloadRevision, String payloadType, String timestamp) {
    }

    private final Serializer serializer;
    private final RecordPolicies policies;

    EventRows(Bench bench) {
        this.serializer = bench.app().getBean("eventSerializer", Serializer.class);
        this.policies = bench.bean(dev.publiccredit.ledger.api.config.LedgerRules.class).current().records();
    }

    /** The command of a row, as the API maps it; throws {@code InvalidRecordContent} for an invalid row. */
    static Object command(SyntheticData.Row row, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, PLATFORM_ZONE);
        if (row.request() instanceof PenaltyRequest) {
            return SubmissionMapper.penalty((PenaltyRequest) row.request(), now, today);
        }
        return SubmissionMapper.licence((LicenceRequest) row.request(), now, today);
    }

    static String department(Object command) {
        return command instanceof RecordPenalty ? ((RecordPenalty) command).source().department().value()
                : ((RecordLicence) command).source().department().value();
    }

    /** The event stored for a valid row recorded at {@code now}: sequence 0 of the record's stream. */
    EventRow recorded(SyntheticData.Row row, Instant now) {
        Object command = command(row, now);
        Object event;
        String aggregateId;
        if (command instanceof RecordPenalty) {
            RecordPenalty c = (RecordPenalty) command;
            LocalDate decided = c.details().decisionDate();
            event = new PenaltyRecorded(c.recordId(), c.source(), c.subject(), c.details(), c.disclosure(),
                    c.severity(), policies.publicity().penaltyWindow(c.severity(), decided),
                    policies.doublePublicity().assess(decided, c.submittedOn()), c.submittedAt());
            aggregateId = c.recordId().value().toString();
        } else {
            RecordLicence c = (RecordLicence) command;
            LocalDate decided = c.details().decisionDate();
            event = new LicenceRecorded(c.recordId(), c.source(), c.subject(), c.details(), c.disclosure(),
                    policies.publicity().licenceWindow(decided),
                    policies.doublePublicity().assess(decided, c.submittedOn()), c.submittedAt());
            aggregateId = c.recordId().value().toString();
        }
        String eventId = UUID.randomUUID().toString();
        MetaData metaData = MetaData.from(Map.of("requestId", UUID.randomUUID().toString(), "actor", "bench",
                "actorType", "USER", "department", department(command), "correlationId", eventId,
                "traceId", eventId));
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        SerializedObject<byte[]> meta = serializer.serialize(metaData, byte[].class);
        return new EventRow(aggregateId, 0, "CreditRecord", eventId, meta.getData(), payload.getData(),
                payload.getType().getRevision(), payload.getType().getName(), now.toString());
    }
}
