package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An administrative licence (行政许可) was entered in the ledger by its source department: the double-publicity
 * record of 国办发〔2015〕51号 and 行政许可法 art. 40. Carries the publicity window (licences have no end) and whether
 * the submission met the 7-working-day deadline. {@code recordedAt} is when the ledger stored it.
 */
@Revision("1")
public record LicenceRecorded(
        RecordId recordId,
        RecordSource source,
        SubjectDescription subject,
        LicenceDetails details,
        DisclosureClass disclosure,
        PublicityWindow publicityWindow,
        DoublePublicityTimeliness timeliness,
        Instant recordedAt) {
}
