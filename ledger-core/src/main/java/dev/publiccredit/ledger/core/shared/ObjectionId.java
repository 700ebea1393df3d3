package dev.publiccredit.ledger.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one objection (异议) to a record. Chosen by the ledger when the objection is raised. */
public record ObjectionId(UUID value) {

    public ObjectionId {
        Objects.requireNonNull(value, "value");
    }

    public static ObjectionId random() {
        return new ObjectionId(UUID.randomUUID());
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} for anything that is not a UUID. */
    @JsonCreator
    public static ObjectionId parse(String text) {
        return new ObjectionId(UUID.fromString(text.strip()));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
