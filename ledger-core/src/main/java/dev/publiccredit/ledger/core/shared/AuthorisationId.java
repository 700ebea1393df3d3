package dev.publiccredit.ledger.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one subject authorisation (授权) registered by a department. Derived from the grantee department and the
 * reference of the signed authorisation document (授权书), so that registering the same document twice maps to the
 * same authorisation and stores nothing new.
 */
public record AuthorisationId(UUID value) {

    public AuthorisationId {
        Objects.requireNonNull(value, "value");
    }

    public static AuthorisationId forDocument(DepartmentCode grantee, String documentReference) {
        String name = "subject-authorisation\u0000" + grantee.value() + "\u0000" + documentReference.strip();
        return new AuthorisationId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} for anything that is not a UUID. */
    @JsonCreator
    public static AuthorisationId parse(String text) {
        return new AuthorisationId(UUID.fromString(text.strip()));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
