package dev.publiccredit.ledger.core.policy;

import java.time.Period;
import java.util.Objects;

/**
 * How long a subject authorisation may run: {@code expiresOn} at most {@code maximumValidity} after
 * {@code validFrom} (configuration {@code ledger.authorisation.maximum-validity}; no national rule, credit-rules §6).
 */
public record AuthorisationPolicy(Period maximumValidity) {

    public static final Period DEFAULT_MAXIMUM_VALIDITY = Period.ofYears(1);

    public AuthorisationPolicy {
        Objects.requireNonNull(maximumValidity, "maximumValidity");
        if (maximumValidity.isNegative() || maximumValidity.isZero()) {
            throw new IllegalArgumentException("the maximum validity of an authorisation must be positive");
        }
    }

    public static AuthorisationPolicy defaults() {
        return new AuthorisationPolicy(DEFAULT_MAXIMUM_VALIDITY);
    }
}
