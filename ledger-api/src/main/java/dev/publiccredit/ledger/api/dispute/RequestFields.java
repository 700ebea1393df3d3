package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a request body, field by field, so that one 400 answer names every missing or blank
 * field at once; {@link #check()} throws when anything was found.
 */
final class RequestFields {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** A mandatory text: missing or blank is a violation; answers the text stripped ("" when wrong). */
    String text(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required and must not be blank"));
            return "";
        }
        return value.strip();
    }

    /** A mandatory value other than text. */
    <T> @Nullable T required(String field, @Nullable T value) {
        if (value == null) {
            violations.add(new FieldViolation(field, "is required"));
        }
        return value;
    }

    void add(String field, String reason) {
        violations.add(new FieldViolation(field, reason));
    }

    /** Refuses the request (400) if any field was wrong. */
    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidRecordContent(violations);
        }
    }

    static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
