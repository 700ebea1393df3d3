package dev.publiccredit.ledger.core.shared;

import org.jspecify.annotations.Nullable;

/**
 * The identifier of a credit subject: the unified social credit code of an organisation or individual business, the
 * citizen ID number of a natural person, or the business registration number of an individual business without a
 * code.
 */
public sealed interface SubjectIdentifier
        permits UnifiedSocialCreditCode, CitizenIdNumber, BusinessRegistrationNumber {

    /** The identifier in canonical form. */
    String value();

    /**
     * Normalises typed input with {@link IdentifierInput#normalise} and recognises which identifier it is: 15
     * characters must be a business registration number; 18 characters are tried as a unified social credit code
     * and as a citizen ID number.
     *
     * <p>An 18-digit value can, rarely, validate as both. It is then rejected as ambiguous rather than guessed,
     * because treating a person's ID as an organisation's code would disclose personal data; the caller must use
     * the subject kind it knows and call the specific {@code parse}.
     *
     * @throws InvalidSubjectIdentifier if it is none of the three, or ambiguous
     */
    static SubjectIdentifier parse(@Nullable String raw) {
        String value = IdentifierInput.normalise(raw);
        if (value.length() == BusinessRegistrationNumber.LENGTH) {
            String problem = BusinessRegistrationNumber.problemWith(value);
            if (problem != null) {
                throw new InvalidSubjectIdentifier("not a business registration number (" + problem + ")");
            }
            return new BusinessRegistrationNumber(value);
        }
        if (value.length() != UnifiedSocialCreditCode.LENGTH) {
            throw new InvalidSubjectIdentifier("must be 18 characters (unified social credit code or citizen ID"
                    + " number) or 15 digits (business registration number), got " + value.length());
        }
        String codeProblem = UnifiedSocialCreditCode.problemWith(value);
        String citizenProblem = CitizenIdNumber.problemWith(value);
        if (codeProblem == null && citizenProblem == null) {
            throw new InvalidSubjectIdentifier(
                    "is valid both as a unified social credit code and as a citizen ID number; the subject kind"
                            + " must decide");
        }
        if (codeProblem == null) {
            return new UnifiedSocialCreditCode(value);
        }
        if (citizenProblem == null) {
            return new CitizenIdNumber(value);
        }
        if (value.equals(UnifiedSocialCreditCode.PLACEHOLDER) || !looksLikeCitizenIdNumber(value)) {
            // The citizen ID reason would only say that a letter is not a digit.
            throw new InvalidSubjectIdentifier("not a unified social credit code (" + codeProblem + ")");
        }
        throw new InvalidSubjectIdentifier("not a unified social credit code (" + codeProblem
                + ") nor a citizen ID number (" + citizenProblem + ")");
    }

    private static boolean looksLikeCitizenIdNumber(String value) {
        char last = value.charAt(value.length() - 1);
        return IdentifierInput.firstNonDigit(value, 0, value.length() - 1) < 0
                && (IdentifierInput.isDigit(last) || last == 'X');
    }
}
