package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.core.calendar.CalendarYear;
import dev.publiccredit.ledger.core.shared.PlatformTime;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/** The ledger's clock, and the rules in force: calendar, measures catalogue and policies. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
public class LedgerConfiguration {

    /** The platform clock, in China Standard Time. Tests replace it to move time. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.system(PlatformTime.ZONE);
    }

    /**
     * The calendar and measures catalogue (data) with the policies built on them (configuration), loaded once
     * Flyway has run and reloaded when the admin API publishes new data.
     */
    @Bean
    @DependsOnDatabaseInitialization
    LedgerRules ledgerRules(LedgerProperties properties, JdbcClient jdbc) {
        return new LedgerRules(properties, jdbc);
    }

    /** The official calendar, one aggregate per year. */
    @Bean
    ConfigurerModule calendarYearModule() {
        return configurer -> configurer.configureAggregate(CalendarYear.class);
    }

    /** Command handlers get the policies in force at each command (see {@link RulesParameterResolverFactory}). */
    @Bean
    ParameterResolverFactory rulesParameterResolverFactory(LedgerRules rules) {
        return new RulesParameterResolverFactory(rules);
    }
}
