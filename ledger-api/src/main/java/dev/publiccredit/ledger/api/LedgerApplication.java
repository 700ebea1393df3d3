package dev.publiccredit.ledger.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the credit ledger: REST API, Axon event store and projections on PostgreSQL. */
@org.springframework.scheduling.annotation.EnableScheduling
@SpringBootApplication(scanBasePackages = "dev.publiccredit.ledger")
public class LedgerApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(LedgerApplication.class, args);
    }
}
