package dev.publiccredit.ledger.projections.disclosure;

import dev.publiccredit.ledger.core.record.event.PublicityWindow;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A record's disclosure history: its current disclosure class and publicity window, whether the public can see it on
 * {@code asOf}, whether it is flagged as under objection or carries an objection's annotation, and every change to its
 * disclosure in order.
 */
public record DisclosureHistoryView(String recordId, String subjectCode, String disclosure,
                                    PublicityWindow publicityWindow, boolean disclosed, LocalDate asOf,
                                    boolean publiclyVisible, List<Entry> entries, boolean underObjection,
                                    @Nullable String annotation) {

    /**
     * One change. {@code publiclyVisible} says whether the public could see the record after it, and
     * {@code visibleUntil} until when (the window's latest end) if nothing else changed. {@code cause} names the
     * reason in machine-readable form (a {@code DisclosureEndReason} or {@code DisclosureResumeReason}, an objection
     * ground or outcome, {@code REVOKED}), {@code caseId} the objection or repair application behind the change.
     */
    public record Entry(long entryNo, DisclosureChange change, Instant recordedAt, LocalDate effectiveOn,
                        String disclosure, boolean disclosed, boolean publiclyVisible,
                        @Nullable LocalDate visibleUntil, String reason, List<String> changedFields,
                        @Nullable String cause, @Nullable String caseId) {
    }
}
