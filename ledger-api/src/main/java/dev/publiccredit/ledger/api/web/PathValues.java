package dev.publiccredit.ledger.api.web;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.InvalidSubjectIdentifier;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.SubjectIdentifier;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Path variables read as value objects, so a malformed one is a 400 before anything else happens. */
public final class PathValues {

    private static final int MAX_YEAR = 9999;

    private PathValues() {
    }

    public static RecordId recordId(String raw) {
        try {
            return RecordId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("recordId", "is not a record id (a UUID)");
        }
    }

    /** A credit code, citizen ID or registration number, normalised as typed by people. */
    public static String subjectCode(String raw) {
        try {
            return SubjectIdentifier.parse(raw).value();
        } catch (InvalidSubjectIdentifier e) {
            throw new InvalidRequest("subjectCode", e.reason());
        }
    }

    /**
     * A date query parameter, already parsed as an ISO date: refused unless its year has four digits (0001-9999), as
     * the database holds no date millions of years away.
     */
    public static @Nullable LocalDate day(String field, @Nullable LocalDate value) {
        if (value != null && (value.getYear() < 1 || value.getYear() > MAX_YEAR)) {
            throw new InvalidRequest(field, "must be a date in the form YYYY-MM-DD, from 0001-01-01 to 9999-12-31");
        }
        return value;
    }

    public static DepartmentCode department(String raw) {
        try {
            return DepartmentCode.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("departmentCode", e.getMessage());
        }
    }
}
