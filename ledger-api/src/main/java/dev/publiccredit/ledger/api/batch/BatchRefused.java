package dev.publiccredit.ledger.api.batch;

import dev.publiccredit.ledger.core.shared.FieldViolation;

import java.util.List;

/**
 * An upload the ledger does not take, answered with a problem and nothing stored: 400 for a file it cannot read
 * (with every heading or field at fault), 413 for one too large, 415 for a format it does not know, 503 while the
 * queue of batches is full.
 */
public abstract class BatchRefused extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldViolation> violations;

    BatchRefused(int status, String code, String detail, List<FieldViolation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** 400: the file cannot be read as a batch; the violations name the headings or parts at fault. */
    static final class Invalid extends BatchRefused {
        Invalid(List<FieldViolation> violations) {
            super(400, "INVALID_BATCH", violations.stream().map(v -> v.field() + ": " + v.reason())
                    .reduce((a, b) -> a + "; " + b).orElse("The file is not a valid batch."), violations);
        }

        Invalid(String field, String reason) {
            this(List.of(new FieldViolation(field, reason)));
        }
    }

    /** 413: larger than the configured limit, in bytes or rows. */
    static final class TooLarge extends BatchRefused {
        TooLarge(String detail) {
            super(413, "BATCH_TOO_LARGE", detail, List.of());
        }
    }

    /** 415: neither CSV nor JSON Lines. */
    static final class UnsupportedFormat extends BatchRefused {
        UnsupportedFormat(String detail) {
            super(415, "UNSUPPORTED_BATCH_FORMAT", detail, List.of());
        }
    }

    /** 503: too many batches waiting; try again later. */
    static final class Busy extends BatchRefused {
        Busy(String detail) {
            super(503, "BATCH_QUEUE_FULL", detail, List.of());
        }
    }
}
