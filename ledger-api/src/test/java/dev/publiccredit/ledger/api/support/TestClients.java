package dev.publiccredit.ledger.api.support;

import dev.publiccredit.ledger.api.security.EmbeddedAuthorizationServer;
import dev.publiccredit.ledger.api.security.Role;
import dev.publiccredit.ledger.api.security.SecurityProperties;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo clients of application.yml, plus a department client for every department code the tests submit for:
 * {@code dept-<CODE>} with the secret {@value #SECRET}, registered with the real authorization server on first use.
 * Tokens are still issued by /oauth2/token and checked by the resource server as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClients {

    public static final String SECRET = "test-department-secret";
    public static final String DEPARTMENT_PREFIX = "dept-";

    /** The demo clients' secrets, as in application.yml. */
    public static final Map<String, String> DEMO_SECRETS = Map.of(
            "samr-haidian", "samr-haidian-secret",
            "tax-haidian", "tax-haidian-secret",
            "credit-office", "credit-office-secret",
            "auditor", "auditor-secret",
            "public-portal", "public-portal-secret",
            "platform-admin", "platform-admin-secret");

    public static String department(String code) {
        return DEPARTMENT_PREFIX + DepartmentCode.parse(code).value();
    }

    public static String secret(String clientId) {
        return clientId.startsWith(DEPARTMENT_PREFIX) ? SECRET : DEMO_SECRETS.getOrDefault(clientId, "unknown");
    }

    @Bean
    @Primary
    RegisteredClientRepository departmentClientsOnDemand(RegisteredClientRepository registeredClients, PasswordEncoder encoder,
                                           SecurityProperties properties) {
        Map<String, RegisteredClient> departments = new ConcurrentHashMap<>();
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient client) {
                registeredClients.save(client);
            }

            @Override
            public RegisteredClient findById(String id) {
                RegisteredClient found = registeredClients.findById(id);
                return found != null ? found : departments.values().stream()
                        .filter(client -> client.getId().equals(id)).findFirst().orElse(null);
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                RegisteredClient found = registeredClients.findByClientId(clientId);
                if (found != null || !clientId.startsWith(DEPARTMENT_PREFIX)) {
                    return found;
                }
                return departments.computeIfAbsent(clientId, id -> EmbeddedAuthorizationServer.register(
                        new SecurityProperties.Client(id, SECRET, Role.DEPARTMENT,
                                id.substring(DEPARTMENT_PREFIX.length()), null),
                        encoder, properties.authorizationServer()));
            }
        };
    }
}
