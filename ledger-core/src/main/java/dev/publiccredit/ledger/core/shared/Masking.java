package dev.publiccredit.ledger.core.shared;

import org.jspecify.annotations.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How personal identifiers are masked where the public sees them (docs/disclosure.md#masking): the first 6 and the
 * last 4 characters are kept, every character between is a star, e.g. {@code 440308********1234} for an 18-character
 * citizen ID and {@code 110105*****0123} for a 15-digit one. No national rule prescribes a form (credit-rules §2);
 * this follows the common practice of keeping the address code and the last four.
 */
public final class Masking {

    /** Characters kept at the start (the address code of a citizen ID). */
    public static final int KEPT_START = 6;
    /** Characters kept at the end. */
    public static final int KEPT_END = 4;
    public static final char STAR = '*';

    /** An 18-character citizen ID (17 digits, then a digit or X) or a legacy 15-digit one, standing alone in text. */
    private static final Pattern ID_IN_TEXT =
            Pattern.compile("(?<![0-9A-Za-z])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])");

    private Masking() {
    }

    /**
     * One identifier, masked: first 6 and last 4 kept, stars between. An input of 10 characters or fewer would keep
     * everything that way, so it is all stars (its length is not secret). Surrounding spaces are removed first;
     * null stays null.
     */
    public static @Nullable String identifier(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        int length = value.codePointCount(0, value.length());
        if (length <= KEPT_START + KEPT_END) {
            return String.valueOf(STAR).repeat(length);
        }
        int start = value.offsetByCodePoints(0, KEPT_START);
        int end = value.offsetByCodePoints(0, length - KEPT_END);
        return value.substring(0, start) + String.valueOf(STAR).repeat(length - KEPT_START - KEPT_END)
                + value.substring(end);
    }

    /**
     * A free text with every citizen ID in it masked: 18-character (last a digit or X) and 15-digit numbers not part
     * of a longer run of letters and digits. An all-digit credit code or a 15-digit registration number is masked too;
     * over-masking is the safe side. Null stays null.
     */
    public static @Nullable String identifiersIn(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = ID_IN_TEXT.matcher(text);
        StringBuilder masked = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(identifier(matcher.group())));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }
}
