package dev.publiccredit.ledger.api.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/** Until subject authorisations are recorded, no department holds one: only auditors read access logs. */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    @Bean
    @ConditionalOnMissingBean(SubjectAuthorisations.class)
    SubjectAuthorisations noSubjectAuthorisations() {
        return (department, subjectCode, day) -> Optional.empty();
    }
}
