package dev.publiccredit.ledger.api.web;

import dev.publiccredit.ledger.core.shared.FieldViolation;

import java.util.List;

/** A path variable, query parameter or header that is not acceptable; answered with 400. */
public class InvalidRequest extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidRequest(String field, String reason) {
        super(field + ": " + reason, null, false, false);
        this.violations = List.of(new FieldViolation(field, reason));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
