package dev.publiccredit.ledger.core.authorisation;

import dev.publiccredit.ledger.core.authorisation.command.GrantSubjectAuthorisation;
import dev.publiccredit.ledger.core.policy.AuthorisationPolicy;
import dev.publiccredit.ledger.core.record.RecordRules;
import dev.publiccredit.ledger.core.shared.BusinessRegistrationNumber;
import dev.publiccredit.ledger.core.shared.CitizenIdNumber;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidSubjectIdentifier;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import dev.publiccredit.ledger.core.shared.UnifiedSocialCreditCode;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The field rules of authorisation commands. The API applies them before it sends a command and the aggregate again;
 * each violation names the field by its name in the request ({@code subjectCode} is the path's).
 */
public final class AuthorisationRules {

    private static final LocalDate EARLIEST_DATE = LocalDate.of(1949, 10, 1);

    private AuthorisationRules() {
    }

    /** A grant: the subject code fits its kind, the texts, and the period within the policy's maximum. */
    public static List<FieldViolation> checkGrant(GrantSubjectAuthorisation grant, AuthorisationPolicy policy) {
        List<FieldViolation> v = new ArrayList<>();
        String subjectProblem = subjectProblem(grant.subjectKind(), grant.subjectCode());
        if (subjectProblem != null) {
            v.add(new FieldViolation("subjectCode", subjectProblem));
        }
        RecordRules.text("purpose", grant.purpose(), RecordRules.LONG_TEXT, v);
        RecordRules.text("documentReference", grant.documentReference(), RecordRules.SHORT_TEXT, v);
        LocalDate from = grant.validFrom();
        LocalDate to = grant.expiresOn();
        LocalDate latestStart = grant.submittedOn().plus(policy.maximumValidity());
        if (from.isBefore(EARLIEST_DATE)) {
            v.add(new FieldViolation("validFrom", "must not be before " + EARLIEST_DATE));
        } else if (from.isAfter(latestStart)) {
            v.add(new FieldViolation("validFrom", "must not be later than " + latestStart + " ("
                    + policy.maximumValidity() + " from today)"));
        }
        if (to.isBefore(from)) {
            v.add(new FieldViolation("expiresOn", "must not be before validFrom (" + from + ")"));
        } else if (to.isBefore(grant.submittedOn())) {
            v.add(new FieldViolation("expiresOn", "the authorisation has already expired (today is "
                    + grant.submittedOn() + ")"));
        } else if (to.isAfter(from.plus(policy.maximumValidity()).minusDays(1))) {
            v.add(new FieldViolation("expiresOn", "must be at most " + policy.maximumValidity()
                    + " after validFrom, that is on or before " + from.plus(policy.maximumValidity()).minusDays(1)));
        }
        return v;
    }

    /** A revocation: a reason, and a day from the registration of the authorisation to today. */
    public static List<FieldViolation> checkRevocation(String reason, LocalDate revokedOn, LocalDate registeredOn,
                                                       LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        RecordRules.text("reason", reason, RecordRules.LONG_TEXT, v);
        if (revokedOn.isAfter(today)) {
            v.add(new FieldViolation("revokedOn", "must not be in the future (today is " + today + ")"));
        } else if (revokedOn.isBefore(registeredOn)) {
            v.add(new FieldViolation("revokedOn", "must not be before the authorisation was registered ("
                    + registeredOn + "): departments may have relied on it since"));
        }
        return v;
    }

    /** Why {@code code} is not an identifier of a subject of {@code kind}, or null if it is one (canonical form). */
    static @Nullable String subjectProblem(SubjectKind kind, String code) {
        try {
            String canonical = switch (kind) {
                case NATURAL_PERSON -> CitizenIdNumber.parse(code).value();
                case INDIVIDUAL_BUSINESS -> code.strip().length() == 15
                        ? BusinessRegistrationNumber.parse(code).value() : UnifiedSocialCreditCode.parse(code).value();
                case LEGAL_PERSON, OTHER_ORGANISATION -> UnifiedSocialCreditCode.parse(code).value();
            };
            return canonical.equals(code) ? null : "must be in canonical form (" + canonical + ")";
        } catch (InvalidSubjectIdentifier e) {
            return "not an identifier of a " + kind + " subject (" + e.reason() + ")";
        }
    }
}
