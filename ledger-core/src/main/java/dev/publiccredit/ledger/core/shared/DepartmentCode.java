package dev.publiccredit.ledger.core.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code under which a department (认定单位 / 数据来源单位) submits records, e.g. {@code SAMR-HAIDIAN}.
 * Upper case letters, digits, '.', '_' and '-', 2 to 64 characters; input is trimmed and upper-cased.
 */
public record DepartmentCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,63}");

    public DepartmentCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "must be 2 to 64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @JsonCreator
    public static DepartmentCode parse(String raw) {
        return new DepartmentCode(raw == null ? null : raw.strip().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
