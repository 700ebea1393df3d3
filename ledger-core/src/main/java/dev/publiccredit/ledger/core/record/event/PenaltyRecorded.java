package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.Severity;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An administrative penalty (行政处罚) was entered in the ledger by its source department: the double-publicity
 * record of 国办发〔2015〕51号 and 行政处罚法 art. 48. Carries what was decided at submission: the publicity window
 * from the severity class (credit-rules §3) with its rule set, and whether the submission met the 7-working-day
 * deadline. {@code recordedAt} is when the ledger stored it; the decision date is the business date.
 */
@Revision("1")
public record PenaltyRecorded(
        RecordId recordId,
        RecordSource source,
        SubjectDescription subject,
        PenaltyDetails details,
        DisclosureClass disclosure,
        Severity severity,
        PublicityWindow publicityWindow,
        DoublePublicityTimeliness timeliness,
        Instant recordedAt) {
}
