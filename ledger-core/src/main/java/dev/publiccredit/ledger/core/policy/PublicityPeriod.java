package dev.publiccredit.ledger.core.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** The minimum and maximum publicity period of one severity class. */
public record PublicityPeriod(Period minimum, Period maximum) {

    private static final LocalDate PROBE = LocalDate.of(2000, 1, 1);

    public PublicityPeriod {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.isNegative() || PROBE.plus(minimum).isAfter(PROBE.plus(maximum))) {
            throw new IllegalArgumentException("minimum " + minimum + " must be between zero and maximum " + maximum);
        }
    }
}
