package dev.publiccredit.ledger.core.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Normalisation of identifiers as people really type or paste them, and helpers for rejection reasons. */
public final class IdentifierInput {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private IdentifierInput() {
    }

    /**
     * Normalises a typed or pasted identifier: strips surrounding white space (including the ideographic space
     * U+3000, no-break spaces and the zero-width space and byte order mark that copy-and-paste brings along),
     * converts the full-width forms U+FF01..U+FF5E that Chinese input methods produce to their ASCII equivalents,
     * and upper-cases the result with {@link Locale#ROOT}. Characters inside the identifier are otherwise kept, so
     * that validation can reject them with a precise reason.
     *
     * @throws InvalidSubjectIdentifier if {@code raw} is null
     */
    public static String normalise(@Nullable String raw) {
        if (raw == null) {
            throw new InvalidSubjectIdentifier("must not be null");
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isBlank(raw.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(raw.charAt(end - 1))) {
            end--;
        }
        StringBuilder half = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                half.append((char) (c - FULL_WIDTH_OFFSET));
            } else {
                half.append(c);
            }
        }
        return half.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * Shows one character in a rejection reason: printable ASCII as {@code 'A'}, other visible characters with
     * their code point as {@code '号' (U+53F7)}, and invisible ones as the code point alone, e.g. {@code U+3000}.
     */
    static String show(char c) {
        if (c > ' ' && c < '\u007F') {
            return "'" + c + "'";
        }
        String codePoint = String.format(Locale.ROOT, "U+%04X", (int) c);
        int type = Character.getType(c);
        boolean invisible = Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
        return invisible ? codePoint : "'" + c + "' (" + codePoint + ")";
    }

    /** The reason for a value of the wrong length, e.g. {@code "must be 18 characters, got 17"}. */
    static String wrongLength(int expected, int actual) {
        return "must be " + expected + " characters, got " + actual;
    }

    /** The first position (0-based) of {@code value} that is not an ASCII digit, or -1 if all are digits. */
    static int firstNonDigit(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String notADigit(String value, int index) {
        return "character " + show(value.charAt(index)) + " at position " + (index + 1) + " must be a digit";
    }
}
