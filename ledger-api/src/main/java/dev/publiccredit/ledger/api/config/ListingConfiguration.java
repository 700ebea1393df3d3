package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.api.listing.JdbcMeasureCatalogueLoader;
import dev.publiccredit.ledger.core.calendar.WorkingDayCalendar;
import dev.publiccredit.ledger.core.listing.Listing;
import dev.publiccredit.ledger.core.policy.ListingPolicies;
import dev.publiccredit.ledger.core.policy.ListingPolicy;
import dev.publiccredit.ledger.core.policy.MeasureCatalogue;
import org.axonframework.config.ConfigurerModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

/** Listings: the {@code Listing} aggregate, the measures catalogue (data) and the listing periods (configuration). */
@Configuration(proxyBeanMethods = false)
public class ListingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ListingConfiguration.class);

    /** The joint measures catalogue, loaded from the database once Flyway has run. */
    @Bean
    @DependsOnDatabaseInitialization
    MeasureCatalogue measureCatalogue(JdbcClient jdbc) {
        MeasureCatalogue catalogue = new JdbcMeasureCatalogueLoader(jdbc).load();
        log.info("Joint measures catalogue {} with {} measures", catalogue.version(), catalogue.measures().size());
        return catalogue;
    }

    @Bean
    ListingPolicies listingPolicies(LedgerProperties properties, WorkingDayCalendar calendar,
                                    MeasureCatalogue catalogue) {
        LedgerProperties.Listing listing = properties.listing();
        return new ListingPolicies(new ListingPolicy(calendar, listing.noticeWorkingDays(),
                listing.maximumPeriods() == null ? Map.of() : listing.maximumPeriods(),
                listing.earlyRemovalMinimum(), listing.ruleSet()), catalogue);
    }

    @Bean
    ConfigurerModule listingAggregateModule() {
        return configurer -> configurer.configureAggregate(Listing.class);
    }
}
