package dev.publiccredit.ledger.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the credit ledger: REST API, Axon event store and projections on PostgreSQL. */
@org.springframework.scheduling.annotation.EnableScheduling
// the embedded authorization server is configured by EmbeddedAuthorizationServer, not by Boot's defaults
@SpringBootApplication(scanBasePackages = "dev.publiccredit.ledger", excludeName = {
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet."
                + "OAuth2AuthorizationServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet."
                + "OAuth2AuthorizationServerJwtAutoConfiguration"})
public class LedgerApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(LedgerApplication.class, args);
    }
}
