package dev.publiccredit.ledger.api.audit;

import dev.publiccredit.ledger.api.config.LedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.nio.file.Path;

/** The key that signs tree heads: {@code ledger.audit.signing-key}, else the key file. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

    @Bean
    SigningKey auditSigningKey(LedgerProperties properties, Environment environment) {
        LedgerProperties.Audit audit = properties.audit();
        boolean configured = !audit.signingKey().isBlank();
        Path keyFile = Path.of(audit.keyFile()).toAbsolutePath();
        if (!configured && environment.getProperty("spring.datasource.url", "").isBlank()) {
            log.info("Audit signing key from {}", keyFile);
        } else if (!configured) {
            log.warn("No ledger.audit.signing-key: this instance signs tree heads with the key in {}. Configure the "
                    + "same key on every instance of the ledger.", keyFile);
        }
        return SigningKey.load(audit.signingKey(), keyFile);
    }
}
