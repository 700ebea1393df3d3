package dev.publiccredit.ledger.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one credit record in the ledger. It is derived from the submitting department's code and the
 * department's own record id, so the same submission always maps to the same record: the event store's unique
 * (aggregate, sequence) key then makes a repeated submission impossible to store twice.
 */
public record RecordId(UUID value) {

    public RecordId {
        Objects.requireNonNull(value, "value");
    }

    public static RecordId forSource(DepartmentCode department, String sourceRecordId) {
        String name = "credit-record\u0000" + department.value() + "\u0000" + sourceRecordId;
        return new RecordId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} for anything that is not a UUID. */
    @JsonCreator
    public static RecordId parse(String text) {
        return new RecordId(UUID.fromString(text.strip()));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
