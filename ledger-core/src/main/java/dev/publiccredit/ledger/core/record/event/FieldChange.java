package dev.publiccredit.ledger.core.record.event;

import org.jspecify.annotations.Nullable;

/**
 * One field changed by a correction, with the value before and after in their canonical text form (ISO dates,
 * plain decimals, enum names; a list of penalty types comma-separated). {@code null} means "no value".
 */
public record FieldChange(CorrectableField field, @Nullable String oldValue, @Nullable String newValue) {
}
