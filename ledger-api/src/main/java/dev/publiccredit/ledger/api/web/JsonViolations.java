package dev.publiccredit.ledger.api.web;

import dev.publiccredit.ledger.core.shared.FieldViolation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A JSON body that does not bind, as a field violation: the path of the field and what it must be. Used for request
 * bodies and for the lines of JSON Lines batches.
 */
public final class JsonViolations {

    private JsonViolations() {
    }

    /** The field and reason of a body Jackson could not bind. */
    public static FieldViolation of(JacksonException e) {
        String field = path(e.getPath());
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldViolation(field, "is not a known field");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldViolation(field.isEmpty() ? "body" : field, expected(mismatch.getTargetType()));
        }
        if (e instanceof StreamReadException) {
            var location = e.getLocation();
            return new FieldViolation(field.isEmpty() ? "body" : field, "is not well-formed JSON"
                    + (location == null ? "" : " (line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ")"));
        }
        return new FieldViolation(field.isEmpty() ? "body" : field, "has an unexpected value");
    }

    /** What a value of {@code type} must look like. */
    public static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "must be a date in the form YYYY-MM-DD";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "must be an object";
        }
        return "must be an object with the documented fields";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
