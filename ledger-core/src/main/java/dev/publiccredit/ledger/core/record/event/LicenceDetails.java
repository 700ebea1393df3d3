package dev.publiccredit.ledger.core.record.event;

import dev.publiccredit.ledger.core.shared.LicenceCategory;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The double-publicity fields of an administrative licence (行政许可), credit-rules §2. {@code validTo} 2099-12-31
 * means long-term (长期).
 */
public record LicenceDetails(
        String decisionDocumentName,
        String decisionNumber,
        LicenceCategory licenceCategory,
        @Nullable String certificateName,
        @Nullable String licenceNumber,
        String licenceContent,
        LocalDate decisionDate,
        LocalDate validFrom,
        LocalDate validTo,
        String licensingAuthority,
        String licensingAuthorityCreditCode,
        @Nullable String remarks) {
}
