package dev.publiccredit.ledger.core.shared;

/** One field that breaks a rule, named by its path in the submission (e.g. {@code subject.code}), and why. */
public record FieldViolation(String field, String reason) {
}
