package dev.publiccredit.ledger.api.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

import static dev.publiccredit.ledger.api.security.Role.ADMIN;
import static dev.publiccredit.ledger.api.security.Role.AUDITOR;
import static dev.publiccredit.ledger.api.security.Role.DEPARTMENT;
import static dev.publiccredit.ledger.api.security.Role.DISPUTE_HANDLER;
import static dev.publiccredit.ledger.api.security.Role.PUBLIC;

/**
 * The API as an OAuth2 resource server: every {@code /api/**} request needs a bearer token, and each endpoint is open
 * to the roles below (docs/security.md has the same table). Finer rules live with the data: a department client acts
 * only on its own department's records, as-of views are for auditors, and what a profile shows depends on the role
 * and the disclosure class.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    /**
     * The security filters are not observed one by one: with the default settings every filter of the chain is
     * wrapped in its own observation, which cost about a tenth of the ledger's CPU of a small read (docs/security.md).
     * Each request is still observed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems, JwtDecoder decoder,
                                    SecurityProperties properties) throws Exception {
        // the system clock, as the decoder's own expiry check uses: tokens do not follow the platform clock
        JwtDecoder tokens = new CachingJwtDecoder(decoder, properties.tokenCache().maxEntries(),
                properties.tokenCache().timeToLive(), Clock.systemUTC());
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(new LedgerJwtConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        // open: health, the API description, errors
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole(roles(ADMIN, AUDITOR))
                        // records: departments write their own; dispute handlers open disputes on them
                        .requestMatchers(HttpMethod.POST, "/api/v1/penalties", "/api/v1/licences",
                                "/api/v1/records/*/corrections", "/api/v1/records/*/revocation")
                        .hasRole(DEPARTMENT.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/records/*/objections",
                                "/api/v1/records/*/repair-applications", "/api/v1/objections/**",
                                "/api/v1/repair-applications/**")
                        .hasRole(DISPUTE_HANDLER.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/records/*", "/api/v1/records/*/disclosure-history",
                                "/api/v1/records/*/repair-notice", "/api/v1/objections/*",
                                "/api/v1/repair-applications/*", "/api/v1/cases")
                        .hasAnyRole(roles(DEPARTMENT, DISPUTE_HANDLER, AUDITOR))
                        // lists and joint measures
                        .requestMatchers(HttpMethod.POST, "/api/v1/listings", "/api/v1/listings/*/decision",
                                "/api/v1/listings/*/removal")
                        .hasRole(DEPARTMENT.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/listings/*", "/api/v1/subjects/*/measures")
                        .hasAnyRole(roles(DEPARTMENT, DISPUTE_HANDLER, AUDITOR))
                        .requestMatchers(HttpMethod.GET, "/api/v1/measures")
                        .hasAnyRole(roles(DEPARTMENT, DISPUTE_HANDLER, AUDITOR, PUBLIC, ADMIN))
                        // subjects: profiles for the non-public roles, event histories for auditors
                        .requestMatchers(HttpMethod.GET, "/api/v1/subjects/*/profile")
                        .hasAnyRole(roles(DEPARTMENT, DISPUTE_HANDLER, AUDITOR))
                        .requestMatchers(HttpMethod.GET, "/api/v1/subjects/*/events").hasRole(AUDITOR.name())
                        // a subject's access log: auditors, and departments the subject has authorised
                        .requestMatchers(HttpMethod.GET, "/api/v1/subjects/*/access-log")
                        .hasAnyRole(roles(DEPARTMENT, AUDITOR))
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/subjects/*")
                        .hasAnyRole(roles(DEPARTMENT, DISPUTE_HANDLER, AUDITOR, PUBLIC, ADMIN))
                        // subject authorisations: registered by the grantee department, revoked by it or by a
                        // dispute handler on the subject's withdrawal (docs/disclosure.md)
                        .requestMatchers(HttpMethod.POST, "/api/v1/subjects/*/authorisations")
                        .hasRole(DEPARTMENT.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/authorisations/*/revocation")
                        .hasAnyRole(roles(DEPARTMENT, DISPUTE_HANDLER))
                        .requestMatchers(HttpMethod.GET, "/api/v1/subjects/*/authorisations",
                                "/api/v1/authorisations/*")
                        .hasAnyRole(roles(DEPARTMENT, DISPUTE_HANDLER, AUDITOR))
                        .requestMatchers(HttpMethod.GET, "/api/v1/departments/*/statistics")
                        .hasAnyRole(roles(DEPARTMENT, AUDITOR, ADMIN))
                        // the tamper-evident log: heads and the key for anyone, proofs and verification for auditors
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/tree-head", "/api/v1/audit/public-key")
                        .hasAnyRole(roles(DEPARTMENT, DISPUTE_HANDLER, AUDITOR, PUBLIC, ADMIN))
                        .requestMatchers(HttpMethod.POST, "/api/v1/audit/tree-head").hasAnyRole(roles(AUDITOR, ADMIN))
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit/proofs/*").hasRole(AUDITOR.name())
                        .requestMatchers("/api/v1/audit/verification", "/api/v1/audit/verification/*")
                        .hasRole(AUDITOR.name())
                        // bulk files: a department uploads its own department's records; auditors read the reports
                        .requestMatchers(HttpMethod.POST, "/api/v1/batches").hasRole(DEPARTMENT.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/batches/*", "/api/v1/batches/*/errors")
                        .hasAnyRole(roles(DEPARTMENT, AUDITOR))
                        // configuration data: the calendar and the rules in force are read by everyone who works
                        // with deadlines; the catalogue's versions by auditors; everything else is the admin's
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/calendar", "/api/v1/admin/policies")
                        .hasAnyRole(roles(DEPARTMENT, DISPUTE_HANDLER, AUDITOR, ADMIN))
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/measures").hasAnyRole(roles(AUDITOR, ADMIN))
                        .requestMatchers("/api/v1/admin/**").hasRole(ADMIN.name())
                        // anything else under /api is closed until it is given a rule here
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    private static String[] roles(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
