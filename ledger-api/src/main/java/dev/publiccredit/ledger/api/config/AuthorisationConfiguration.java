package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.core.authorisation.SubjectAuthorisation;
import dev.publiccredit.ledger.core.policy.AuthorisationPolicy;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Subject authorisations: the aggregate and the longest validity allowed (docs/disclosure.md). */
@Configuration(proxyBeanMethods = false)
public class AuthorisationConfiguration {

    @Bean
    AuthorisationPolicy authorisationPolicy(LedgerProperties properties) {
        return new AuthorisationPolicy(properties.authorisation().maximumValidity());
    }

    @Bean
    ConfigurerModule subjectAuthorisationAggregateModule() {
        return configurer -> configurer.configureAggregate(SubjectAuthorisation.class);
    }
}
