package dev.publiccredit.ledger.core.record.command;

import dev.publiccredit.ledger.core.record.event.CorrectableField;
import org.jspecify.annotations.Nullable;

/** One field a correction sets, with its new value in canonical text form ({@code null}: clear the field). */
public record RequestedChange(CorrectableField field, @Nullable String newValue) {
}
