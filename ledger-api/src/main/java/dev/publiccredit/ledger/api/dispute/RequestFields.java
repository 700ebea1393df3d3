package dev.publiccredit.ledger.api.dispute;

import dev.publiccredit.ledger.core.record.RecordRules;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a request body, field by field, so that one 400 answer names every missing, blank,
 * over-long or unprintable field at once (the length and character rules of record texts: a NUL would be stored, then
 * stop every projection that writes it); {@link #check()} throws when anything was found.
 */
final class RequestFields {

    private final List<FieldViolation> violations = new ArrayList<>();

    /**
     * A mandatory text of at most {@link RecordRules#LONG_TEXT} characters: missing or blank, too long or with control
     * characters is a violation; answers the text stripped ("" when missing).
     */
    String text(String field, @Nullable String value) {
        return text(field, value, RecordRules.LONG_TEXT);
    }

    /** A mandatory name or reference, at most {@link RecordRules#SHORT_TEXT} characters. */
    String shortText(String field, @Nullable String value) {
        return text(field, value, RecordRules.SHORT_TEXT);
    }

    /** An optional text: when given, at most {@code maxLength} characters and no control characters. */
    @Nullable String optional(String field, @Nullable String value, int maxLength) {
        RecordRules.optionalText(field, value, maxLength, violations);
        return value;
    }

    private String text(String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required and must not be blank"));
            return "";
        }
        optional(field, value, maxLength);
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
