package dev.publiccredit.ledger.core.shared;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * An 18-character citizen ID number (公民身份号码, GB 11643-1999) of a natural person.
 *
 * <p>Layout: positions 1-6 the address code (the first two a province code), 7-14 the birth date {@code YYYYMMDD},
 * 15-17 a sequence number, 18 the check character {@code "10X98765432".charAt(Σ digit(i) * 2^(18-i) mod 11)}.
 * The birth date must be a real date with a year from 1900 on; it is not compared with today, which is not the
 * domain's business. Legacy 15-digit numbers are not accepted.
 *
 * <p>This is personal data: {@link #toString()} returns the whole number, so publish and log {@link #masked()}.
 *
 * @param value the number in canonical form: 17 digits and a digit or upper-case {@code X}
 */
public record CitizenIdNumber(String value) implements SubjectIdentifier {

    static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int BIRTH_DATE_START = 6;
    private static final int BIRTH_DATE_END = 14;
    private static final int EARLIEST_BIRTH_YEAR = 1900;
    private static final String MASK = "********";

    /**
     * @throws InvalidSubjectIdentifier if {@code value} is not a valid number in canonical form (use {@link #parse}
     *     for typed input)
     */
    public CitizenIdNumber {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidSubjectIdentifier(problem);
        }
    }

    /**
     * Normalises typed input with {@link IdentifierInput#normalise} (so a lower-case {@code x} is accepted) and
     * validates it.
     *
     * @throws InvalidSubjectIdentifier if it is not a valid number
     */
    public static CitizenIdNumber parse(@Nullable String raw) {
        return new CitizenIdNumber(IdentifierInput.normalise(raw));
    }

    /**
     * Completes the 17 leading digits of a number with its check character. Meant for synthetic data.
     *
     * @throws InvalidSubjectIdentifier if {@code first17} is not 17 digits or the completed number is invalid
     *     (unknown province, impossible birth date)
     */
    public static CitizenIdNumber complete(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new InvalidSubjectIdentifier(IdentifierInput.wrongLength(LENGTH - 1, first17.length()));
        }
        int nonDigit = IdentifierInput.firstNonDigit(first17, 0, LENGTH - 1);
        if (nonDigit >= 0) {
            throw new InvalidSubjectIdentifier(IdentifierInput.notADigit(first17, nonDigit));
        }
        return new CitizenIdNumber(first17 + check(first17));
    }

    /** The birth date at positions 7-14. */
    public LocalDate birthDate() {
        return LocalDate.of(number(value, 6, 10), number(value, 10, 12), number(value, 12, 14));
    }

    /** The number with the eight birth-date digits hidden, e.g. {@code 440308********1234}. */
    public String masked() {
        return value.substring(0, BIRTH_DATE_START) + MASK + value.substring(BIRTH_DATE_END);
    }

    /** The reason {@code value} is not a valid number in canonical form, or null if it is one. */
    static @Nullable String problemWith(@Nullable String value) {
        if (value == null) {
            return "must not be null";
        }
        if (value.length() != LENGTH) {
            return IdentifierInput.wrongLength(LENGTH, value.length());
        }
        int nonDigit = IdentifierInput.firstNonDigit(value, 0, LENGTH - 1);
        if (nonDigit >= 0) {
            return IdentifierInput.notADigit(value, nonDigit);
        }
        char actualCheck = value.charAt(LENGTH - 1);
        if (!IdentifierInput.isDigit(actualCheck) && actualCheck != 'X') {
            return "check character " + IdentifierInput.show(actualCheck) + " at position 18 must be a digit or 'X'";
        }
        int province = number(value, 0, 2);
        if (!isProvince(province)) {
            return "province code " + value.substring(0, 2) + " is unknown";
        }
        String birthDateProblem = birthDateProblem(value);
        if (birthDateProblem != null) {
            return birthDateProblem;
        }
        char expectedCheck = check(value);
        if (actualCheck != expectedCheck) {
            return "check character is " + IdentifierInput.show(actualCheck) + ", expected "
                    + IdentifierInput.show(expectedCheck);
        }
        return null;
    }

    private static boolean isProvince(int code) {
        return code >= 11 && code <= 15
                || code >= 21 && code <= 23
                || code >= 31 && code <= 37
                || code >= 41 && code <= 46
                || code >= 50 && code <= 54
                || code >= 61 && code <= 65
                || code == 71 || code == 81 || code == 82;
    }

    private static @Nullable String birthDateProblem(String value) {
        int year = number(value, 6, 10);
        int month = number(value, 10, 12);
        int day = number(value, 12, 14);
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return "birth date " + value.substring(BIRTH_DATE_START, BIRTH_DATE_END) + " is not a valid date";
        }
        if (year < EARLIEST_BIRTH_YEAR) {
            return "birth year " + year + " is before " + EARLIEST_BIRTH_YEAR;
        }
        return null;
    }

    /** The check character for the first 17 characters of {@code number}, all digits. */
    private static char check(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The decimal number at {@code [from, to)} of {@code digits}, all ASCII digits. */
    private static int number(String digits, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            result = result * 10 + (digits.charAt(i) - '0');
        }
        return result;
    }

    /** The whole number. This is personal data; see {@link #masked()}. */
    @Override
    public String toString() {
        return value;
    }
}
