package dev.publiccredit.ledger.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one list entry (a serious-dishonesty listing, a redlist entry or a business-anomaly entry). Like a
 * record id it is derived from the deciding department and the department's own id for the entry, so that the same
 * submission always maps to the same listing and cannot be stored twice.
 */
public record ListingId(UUID value) {

    public ListingId {
        Objects.requireNonNull(value, "value");
    }

    public static ListingId forSource(DepartmentCode department, String sourceListingId) {
        String name = "listing\u0000" + department.value() + "\u0000" + sourceListingId;
        return new ListingId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} for anything that is not a UUID. */
    @JsonCreator
    public static ListingId parse(String text) {
        return new ListingId(UUID.fromString(text.strip()));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
