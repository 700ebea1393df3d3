package dev.publiccredit.ledger.api.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A department reads a subject's access log while it holds a valid authorisation of that subject (the projection). */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    @Bean
    SubjectAuthorisations subjectAuthorisationsForAccessLogs(
            dev.publiccredit.ledger.projections.authorisation.SubjectAuthorisations authorisations) {
        return (department, subjectCode, day) -> authorisations.validFor(department.value(), subjectCode, day)
                .map(dev.publiccredit.ledger.projections.authorisation.SubjectAuthorisationView::authorisationId);
    }
}
