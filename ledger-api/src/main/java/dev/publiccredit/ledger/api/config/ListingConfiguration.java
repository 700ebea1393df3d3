package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.core.listing.Listing;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Listings: the {@code Listing} aggregate; its policies come with the rules in force (LedgerRules). */
@Configuration(proxyBeanMethods = false)
public class ListingConfiguration {

    @Bean
    ConfigurerModule listingAggregateModule() {
        return configurer -> configurer.configureAggregate(Listing.class);
    }
}
