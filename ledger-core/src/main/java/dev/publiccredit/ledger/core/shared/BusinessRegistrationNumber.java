package dev.publiccredit.ledger.core.shared;

import org.jspecify.annotations.Nullable;

/**
 * The 15-digit business registration number (工商注册号) of an individual business that has no unified social
 * credit code; double-publicity feeds then put {@link UnifiedSocialCreditCode#PLACEHOLDER} in the code field.
 *
 * <p>The last digit is an ISO 7064 MOD 11,10 check digit over the first 14: starting from {@code p = 10}, for each
 * digit {@code s = (p mod 11) + digit} and {@code p = ((s mod 10) or 10 if that is 0) * 2}; the number is valid when
 * {@code ((p mod 11) + last digit) mod 10 == 1}.
 *
 * @param value the number: 15 ASCII digits
 */
public record BusinessRegistrationNumber(String value) implements SubjectIdentifier {

    static final int LENGTH = 15;

    /**
     * @throws InvalidSubjectIdentifier if {@code value} is not a valid number (use {@link #parse} for typed input)
     */
    public BusinessRegistrationNumber {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidSubjectIdentifier(problem);
        }
    }

    /**
     * Normalises typed input with {@link IdentifierInput#normalise} and validates it.
     *
     * @throws InvalidSubjectIdentifier if it is not a valid number
     */
    public static BusinessRegistrationNumber parse(@Nullable String raw) {
        return new BusinessRegistrationNumber(IdentifierInput.normalise(raw));
    }

    /**
     * Completes the 14 leading digits of a number with its check digit. Meant for synthetic data.
     *
     * @throws InvalidSubjectIdentifier if {@code first14} is not 14 digits
     */
    public static BusinessRegistrationNumber complete(String first14) {
        if (first14.length() != LENGTH - 1) {
            throw new InvalidSubjectIdentifier(IdentifierInput.wrongLength(LENGTH - 1, first14.length()));
        }
        int nonDigit = IdentifierInput.firstNonDigit(first14, 0, LENGTH - 1);
        if (nonDigit >= 0) {
            throw new InvalidSubjectIdentifier(IdentifierInput.notADigit(first14, nonDigit));
        }
        return new BusinessRegistrationNumber(first14 + check(first14));
    }

    /** The reason {@code value} is not a valid number, or null if it is one. */
    static @Nullable String problemWith(@Nullable String value) {
        if (value == null) {
            return "must not be null";
        }
        if (value.length() != LENGTH) {
            return IdentifierInput.wrongLength(LENGTH, value.length());
        }
        int nonDigit = IdentifierInput.firstNonDigit(value, 0, LENGTH);
        if (nonDigit >= 0) {
            return IdentifierInput.notADigit(value, nonDigit);
        }
        char actualCheck = value.charAt(LENGTH - 1);
        char expectedCheck = check(value);
        if (actualCheck != expectedCheck) {
            return "check digit is " + IdentifierInput.show(actualCheck) + ", expected "
                    + IdentifierInput.show(expectedCheck);
        }
        return null;
    }

    /** The check digit for the first 14 digits of {@code number}. */
    private static char check(String number) {
        int p = 10;
        for (int i = 0; i < LENGTH - 1; i++) {
            int s = p % 11 + (number.charAt(i) - '0');
            p = (s % 10 == 0 ? 10 : s % 10) * 2;
        }
        // The check digit c satisfies (p mod 11 + c) mod 10 == 1.
        return (char) ('0' + (11 - p % 11) % 10);
    }

    /** The number itself. */
    @Override
    public String toString() {
        return value;
    }
}
