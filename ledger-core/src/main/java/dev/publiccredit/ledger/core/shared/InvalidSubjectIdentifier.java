package dev.publiccredit.ledger.core.shared;

import java.io.Serial;

/**
 * A subject identifier was missing or invalid.
 *
 * <p>{@link #reason()} is a short English description of the problem, suitable for an API error, such as
 * {@code "check character is 'Z', expected '3'"}. It never contains the identifier itself (which can be a citizen
 * ID number, i.e. personal data), only single characters, positions, lengths and, for a citizen ID number, the
 * rejected birth date digits.
 */
public final class InvalidSubjectIdentifier extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String reason;

    public InvalidSubjectIdentifier(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** A short English reason naming the problem, without the identifier itself. */
    public String reason() {
        return reason;
    }
}
