package dev.publiccredit.ledger.core.record;

import dev.publiccredit.ledger.core.record.event.LegalRepresentative;
import dev.publiccredit.ledger.core.record.event.SubjectDescription;
import dev.publiccredit.ledger.core.shared.BusinessRegistrationNumber;
import dev.publiccredit.ledger.core.shared.CitizenIdNumber;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.IdentifierInput;
import dev.publiccredit.ledger.core.shared.InvalidSubjectIdentifier;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.core.shared.UnifiedSocialCreditCode;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Reads the subject block of a submission as typed: normalises the identifiers and picks the subject's key by its
 * kind. An individual business without a credit code (left empty, or the feeds' placeholder 17 zeros and 'X') is
 * keyed by its business registration number, which is then mandatory.
 */
public final class SubjectInput {

    private SubjectInput() {
    }

    /** The subject, or {@code null} with the reasons added to {@code violations}. */
    public static @Nullable SubjectDescription describe(SubjectKind kind, @Nullable String code, @Nullable String name,
                                                        @Nullable String registrationNumber,
                                                        @Nullable LegalRepresentative legalRepresentative,
                                                        List<FieldViolation> violations) {
        int before = violations.size();
        String key = null;
        String registration = null;
        if (registrationNumber != null && !registrationNumber.isBlank()) {
            registration = parse("subject.registrationNumber", violations,
                    () -> BusinessRegistrationNumber.parse(registrationNumber).value());
        }
        boolean noCode = code == null || code.isBlank()
                || IdentifierInput.normalise(code).equals(UnifiedSocialCreditCode.PLACEHOLDER);
        switch (kind) {
            case LEGAL_PERSON, OTHER_ORGANISATION -> key = noCode
                    ? missing("subject.code", "a unified social credit code is required", violations)
                    : parse("subject.code", violations, () -> UnifiedSocialCreditCode.parse(code).value());
            case INDIVIDUAL_BUSINESS -> {
                if (!noCode) {
                    key = parse("subject.code", violations, () -> UnifiedSocialCreditCode.parse(code).value());
                } else if (registrationNumber == null || registrationNumber.isBlank()) {
                    missing("subject.registrationNumber",
                            "required for an individual business without a unified social credit code", violations);
                } else {
                    key = registration;
                }
            }
            case NATURAL_PERSON -> key = noCode
                    ? missing("subject.code", "a citizen ID number is required", violations)
                    : parse("subject.code", violations, () -> CitizenIdNumber.parse(code).value());
        }
        if (name == null || name.isBlank()) {
            violations.add(new FieldViolation("subject.name", "must not be empty"));
        }
        if (violations.size() > before || key == null || name == null) {
            return null;
        }
        return new SubjectDescription(kind, key, name.strip(), registration, legalRepresentative);
    }

    private static @Nullable String missing(String field, String reason, List<FieldViolation> violations) {
        violations.add(new FieldViolation(field, reason));
        return null;
    }

    private static @Nullable String parse(String field, List<FieldViolation> violations,
                                          java.util.function.Supplier<String> parser) {
        try {
            return parser.get();
        } catch (InvalidSubjectIdentifier e) {
            violations.add(new FieldViolation(field, e.reason()));
            return null;
        }
    }
}
