package dev.publiccredit.ledger.core.shared;

import org.jspecify.annotations.Nullable;

/**
 * An 18-character unified social credit code (统一社会信用代码, GB 32100-2015) of a legal person, other
 * organisation or individual business.
 *
 * <p>Layout: position 1 the registration-authority code, 2 the organisation-type code, 3-8 the division code of the
 * registering authority (GB/T 2260, digits), 9-17 the organisation code (GB 11714: an 8-character body and its own
 * check character), 18 the check character. Characters come from {@value #CHARACTERS}, a character's value being its
 * index there. The check character is {@code 31 - (Σ value(i) * 3^(i-1) mod 31)} with 31 written {@code 0}; the
 * organisation code check is {@code 11 - (Σ body(i) * w(i) mod 11)} with weights {@code 3 7 9 10 5 8 4 2}, body
 * values 0-9 and A=10..Z=35, 10 written {@code X} and 11 written {@code 0}. Both are verified. The type code at
 * position 2 is not checked against the authority, since the published tables of type codes disagree.
 *
 * @param value the code in canonical form: 18 upper-case characters, no surrounding space
 */
public record UnifiedSocialCreditCode(String value) implements SubjectIdentifier {

    /** The 31 characters a code may contain: no I, O, S, V or Z. */
    public static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /**
     * What double-publicity feeds put in the code field of an individual business that has no code (17 zeros and
     * {@code X}); the business registration number is then mandatory. This is not a valid code.
     */
    public static final String PLACEHOLDER = "00000000000000000X";

    static final int LENGTH = 18;
    /** The registration-authority codes allowed at position 1. */
    private static final String AUTHORITY_CODES = "123456789ANY";
    private static final int MODULUS = 31;
    private static final int[] WEIGHTS = new int[LENGTH - 1];
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int ORGANISATION_BODY_START = 8;
    private static final int ORGANISATION_CHECK_INDEX = 16;

    static {
        int weight = 1;
        for (int i = 0; i < WEIGHTS.length; i++) {
            WEIGHTS[i] = weight;
            weight = weight * 3 % MODULUS;
        }
    }

    /**
     * @throws InvalidSubjectIdentifier if {@code value} is not a valid code in canonical form (use {@link #parse}
     *     for typed input)
     */
    public UnifiedSocialCreditCode {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidSubjectIdentifier(problem);
        }
    }

    /**
     * Normalises typed input with {@link IdentifierInput#normalise} and validates it.
     *
     * @throws InvalidSubjectIdentifier if it is not a valid code
     */
    public static UnifiedSocialCreditCode parse(@Nullable String raw) {
        return new UnifiedSocialCreditCode(IdentifierInput.normalise(raw));
    }

    /**
     * Completes the 16 leading characters of a code (authority, type, 6-digit division code, 8-character
     * organisation code body) with the organisation code check character (position 17) and the check character
     * (position 18). Meant for synthetic data.
     *
     * @throws InvalidSubjectIdentifier if {@code first16} is not 16 allowed characters or the completed code is
     *     invalid (e.g. an unknown authority code)
     */
    public static UnifiedSocialCreditCode complete(String first16) {
        if (first16.length() != LENGTH - 2) {
            throw new InvalidSubjectIdentifier(IdentifierInput.wrongLength(LENGTH - 2, first16.length()));
        }
        String characterProblem = characterProblem(first16);
        if (characterProblem != null) {
            throw new InvalidSubjectIdentifier(characterProblem);
        }
        String first17 = first16 + organisationCheck(first16);
        return new UnifiedSocialCreditCode(first17 + check(first17));
    }

    /** The reason {@code value} is not a valid code in canonical form, or null if it is one. */
    static @Nullable String problemWith(@Nullable String value) {
        if (value == null) {
            return "must not be null";
        }
        if (value.length() != LENGTH) {
            return IdentifierInput.wrongLength(LENGTH, value.length());
        }
        if (value.equals(PLACEHOLDER)) {
            return "is the placeholder for an individual business without a unified social credit code, not a code";
        }
        // The check character is left to the check below, which then says what it should be.
        String characterProblem = characterProblem(value.substring(0, LENGTH - 1));
        if (characterProblem != null) {
            return characterProblem;
        }
        char authority = value.charAt(0);
        if (AUTHORITY_CODES.indexOf(authority) < 0) {
            return "registration authority code " + IdentifierInput.show(authority) + " at position 1 is unknown";
        }
        int nonDigit = IdentifierInput.firstNonDigit(value, 2, ORGANISATION_BODY_START);
        if (nonDigit >= 0) {
            return "division code at positions 3-8 must be digits, got " + IdentifierInput.show(value.charAt(nonDigit))
                    + " at position " + (nonDigit + 1);
        }
        char expectedCheck = check(value);
        if (value.charAt(LENGTH - 1) != expectedCheck) {
            return "check character is " + IdentifierInput.show(value.charAt(LENGTH - 1)) + ", expected "
                    + IdentifierInput.show(expectedCheck);
        }
        char expectedOrganisationCheck = organisationCheck(value);
        if (value.charAt(ORGANISATION_CHECK_INDEX) != expectedOrganisationCheck) {
            return "organisation code check character is "
                    + IdentifierInput.show(value.charAt(ORGANISATION_CHECK_INDEX)) + ", expected "
                    + IdentifierInput.show(expectedOrganisationCheck);
        }
        return null;
    }

    private static @Nullable String characterProblem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (CHARACTERS.indexOf(c) < 0) {
                return "character " + IdentifierInput.show(c) + " at position " + (i + 1)
                        + " is not allowed in a unified social credit code";
            }
        }
        return null;
    }

    /** The check character for the first 17 characters of {@code code}, all from {@link #CHARACTERS}. */
    private static char check(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }

    /** The GB 11714 check character for the organisation code body at positions 9-16 of {@code code}. */
    private static char organisationCheck(String code) {
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            char c = code.charAt(ORGANISATION_BODY_START + i);
            int value = IdentifierInput.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
    }

    /** The code itself. */
    @Override
    public String toString() {
        return value;
    }
}
