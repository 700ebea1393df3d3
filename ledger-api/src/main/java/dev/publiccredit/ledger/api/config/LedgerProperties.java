package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.core.policy.PublicityPeriod;
import dev.publiccredit.ledger.core.shared.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

/**
 * The ledger's tunable rules and limits. Defaults are in application.yml with their sources; see docs/configuration.md.
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(Publicity publicity, DoublePublicity doublePublicity, Api api) {

    /** Publicity periods by severity (credit-rules §3), and the name and version of that rule set. */
    public record Publicity(String ruleSet, Map<Severity, Range> periods) {
    }

    public record Range(Period minimum, Period maximum) {
        public PublicityPeriod toPolicy() {
            return new PublicityPeriod(minimum, maximum);
        }
    }

    /** Working days to publish a decision (双公示) and to withdraw a revoked one. */
    public record DoublePublicity(@DefaultValue("7") int publicationWorkingDays,
                                  @DefaultValue("3") int withdrawalWorkingDays) {
    }

    /**
     * @param maxRequestBytes    largest request body accepted by the record endpoints
     * @param awaitPositionLimit longest a read waits for the projections to reach a requested position
     */
    public record Api(@DefaultValue("1048576") long maxRequestBytes,
                      @DefaultValue("10s") Duration awaitPositionLimit) {
    }
}
