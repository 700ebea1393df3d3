package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.RecordCategory;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A field a correction can change, named in the API as {@link #fieldName()} (the submission's JSON name).
 * The subject's code, the source department and the source record id cannot be corrected: a record about the wrong
 * subject is revoked and submitted again.
 */
public enum CorrectableField {
    SUBJECT_NAME("subject.name", EnumSet.allOf(RecordCategory.class)),
    DISCLOSURE("disclosure", EnumSet.allOf(RecordCategory.class)),
    DECISION_NUMBER("decisionNumber", EnumSet.allOf(RecordCategory.class)),
    DECISION_DATE("decisionDate", EnumSet.allOf(RecordCategory.class)),
    REMARKS("remarks", EnumSet.allOf(RecordCategory.class)),
    SEVERITY("severity", EnumSet.of(RecordCategory.PENALTY)),
    VIOLATION_TYPE("violationType", EnumSet.of(RecordCategory.PENALTY)),
    VIOLATION_FACTS("violationFacts", EnumSet.of(RecordCategory.PENALTY)),
    LEGAL_BASIS("legalBasis", EnumSet.of(RecordCategory.PENALTY)),
    PENALTY_TYPES("penaltyTypes", EnumSet.of(RecordCategory.PENALTY)),
    PENALTY_CONTENT("penaltyContent", EnumSet.of(RecordCategory.PENALTY)),
    FINE_AMOUNT("fineAmount", EnumSet.of(RecordCategory.PENALTY)),
    CONFISCATED_AMOUNT("confiscatedAmount", EnumSet.of(RecordCategory.PENALTY)),
    SUSPENDED_OR_REVOKED_LICENCE("suspendedOrRevokedLicence", EnumSet.of(RecordCategory.PENALTY)),
    EFFECTIVE_UNTIL("effectiveUntil", EnumSet.of(RecordCategory.PENALTY)),
    DECIDING_AUTHORITY("decidingAuthority", EnumSet.of(RecordCategory.PENALTY)),
    DECISION_DOCUMENT_NAME("decisionDocumentName", EnumSet.of(RecordCategory.LICENCE)),
    LICENCE_CATEGORY("licenceCategory", EnumSet.of(RecordCategory.LICENCE)),
    CERTIFICATE_NAME("certificateName", EnumSet.of(RecordCategory.LICENCE)),
    LICENCE_NUMBER("licenceNumber", EnumSet.of(RecordCategory.LICENCE)),
    LICENCE_CONTENT("licenceContent", EnumSet.of(RecordCategory.LICENCE)),
    VALID_FROM("validFrom", EnumSet.of(RecordCategory.LICENCE)),
    VALID_TO("validTo", EnumSet.of(RecordCategory.LICENCE)),
    LICENSING_AUTHORITY("licensingAuthority", EnumSet.of(RecordCategory.LICENCE));

    private final String fieldName;
    private final Set<RecordCategory> categories;

    CorrectableField(String fieldName, Set<RecordCategory> categories) {
        this.fieldName = fieldName;
        this.categories = categories;
    }

    public String fieldName() {
        return fieldName;
    }

    public boolean appliesTo(RecordCategory category) {
        return categories.contains(category);
    }

    public static Optional<CorrectableField> byFieldName(String fieldName) {
        return Arrays.stream(values()).filter(f -> f.fieldName.equals(fieldName)).findFirst();
    }
}
