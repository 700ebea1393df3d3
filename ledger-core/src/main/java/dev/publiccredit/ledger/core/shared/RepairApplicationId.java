package dev.publiccredit.ledger.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one application for credit repair (信用修复) of a record. Chosen by the ledger when it is filed. */
public record RepairApplicationId(UUID value) {

    public RepairApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static RepairApplicationId random() {
        return new RepairApplicationId(UUID.randomUUID());
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} for anything that is not a UUID. */
    @JsonCreator
    public static RepairApplicationId parse(String text) {
        return new RepairApplicationId(UUID.fromString(text.strip()));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
