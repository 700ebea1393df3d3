package dev.publiccredit.ledger.core.dispute.event;

import org.jspecify.annotations.Nullable;

/** The person or organisation that raised an objection, and how to reach them. */
public record Objector(String name, ObjectorRole role, @Nullable String contact) {
}
