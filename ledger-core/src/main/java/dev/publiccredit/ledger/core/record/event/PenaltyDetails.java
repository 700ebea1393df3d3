package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.PenaltyType;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The double-publicity fields of an administrative penalty (行政处罚), credit-rules §2. Amounts are in 万元
 * (10,000 yuan). {@code effectiveUntil} is 处罚有效期; 2099-12-31 means long-term.
 */
public record PenaltyDetails(
        String decisionNumber,
        String violationType,
        String violationFacts,
        String legalBasis,
        List<PenaltyType> penaltyTypes,
        String penaltyContent,
        @Nullable BigDecimal fineAmount,
        @Nullable BigDecimal confiscatedAmount,
        @Nullable String suspendedOrRevokedLicence,
        LocalDate decisionDate,
        LocalDate effectiveUntil,
        String decidingAuthority,
        String decidingAuthorityCreditCode,
        @Nullable String remarks) {

    public PenaltyDetails {
        penaltyTypes = List.copyOf(penaltyTypes);
    }
}
