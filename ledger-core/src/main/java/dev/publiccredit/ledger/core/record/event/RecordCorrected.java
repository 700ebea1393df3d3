package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * The source department corrected fields of a record (更正), giving a reason; every change keeps the value it
 * replaced. When the correction changed the decision date or the severity, the newly decided publicity window is in
 * {@code publicityWindow}, and when it changed the decision date, the re-decided timeliness of the original
 * submission is in {@code timeliness}; otherwise they are null (unchanged).
 */
@Revision("1")
public record RecordCorrected(
        RecordId recordId,
        RecordCategory category,
        String subjectCode,
        List<FieldChange> changes,
        String reason,
        @Nullable PublicityWindow publicityWindow,
        @Nullable DoublePublicityTimeliness timeliness,
        Instant recordedAt) {

    public RecordCorrected {
        changes = List.copyOf(changes);
    }
}
