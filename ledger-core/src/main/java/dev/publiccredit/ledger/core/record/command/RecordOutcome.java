package dev.publiccredit.ledger.core.record.command;

import dev.publiccredit.ledger.core.shared.RecordId;

/** The answer to a submission: the record, and whether it already existed (in which case nothing was stored). */
public record RecordOutcome(RecordId recordId, boolean duplicate) {
}
