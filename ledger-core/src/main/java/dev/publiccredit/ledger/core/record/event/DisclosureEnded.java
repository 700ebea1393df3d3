package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The record stopped being disclosed on {@code endedOn} (the business date: the latest end of its window for an
 * expiry, the decision date for a repair or objection) for {@code reason}. {@code caseId} is the objection or repair
 * application that ended it, if any. Applied at most once per stretch of disclosure: an expiry is stored exactly once
 * however often the sweep asks for it.
 */
@Revision("1")
public record DisclosureEnded(
        RecordId recordId,
        String subjectCode,
        DisclosureEndReason reason,
        LocalDate endedOn,
        @Nullable UUID caseId,
        Instant recordedAt) {
}
