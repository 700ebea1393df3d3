package dev.publiccredit.ledger.api.web;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.InvalidSubjectIdentifier;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.SubjectIdentifier;

/** Path variables read as value objects, so a malformed one is a 400 before anything else happens. */
public final class PathValues {

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

    public static DepartmentCode department(String raw) {
        try {
            return DepartmentCode.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("departmentCode", e.getMessage());
        }
    }
}
