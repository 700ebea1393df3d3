package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.RecordId;
import org.axonframework.serialization.Revision;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The record is disclosed again from {@code resumedOn} for the rest of its publicity window, until
 * {@code visibleUntil} (the window's latest end, exclusive; null for a record without an end), because of
 * {@code reason}. {@code caseId} is the repair application or objection concerned.
 */
@Revision("1")
public record DisclosureResumed(
        RecordId recordId,
        String subjectCode,
        DisclosureResumeReason reason,
        LocalDate resumedOn,
        @Nullable LocalDate visibleUntil,
        @Nullable UUID caseId,
        Instant recordedAt) {
}
