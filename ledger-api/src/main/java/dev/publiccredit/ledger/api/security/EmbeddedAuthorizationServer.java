package dev.publiccredit.ledger.api.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The embedded authorization server (default; {@code ledger.security.authorization-server.enabled=false} turns it
 * off): issues JWT access tokens by the client-credentials grant at {@code /oauth2/token} to the clients configured in
 * {@code ledger.security.clients}, with the ledger's claims {@code roles}, {@code department} and {@code client_id}.
 * The signing key is generated at start and kept in memory: tokens do not outlive a restart, and instances of a
 * cluster need an external issuer (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.security.authorization-server.enabled", havingValue = "true",
        matchIfMissing = true)
public class EmbeddedAuthorizationServer {

    static final String ROLE_SETTING = "ledger.role";
    static final String DEPARTMENT_SETTING = "ledger.department";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurity(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> {
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    PasswordEncoder clientSecretEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClients(SecurityProperties properties, PasswordEncoder encoder) {
        if (properties.clients().isEmpty()) {
            throw new IllegalStateException("ledger.security.clients is empty: the embedded authorization server "
                    + "has no client to issue tokens to");
        }
        Set<String> ids = new HashSet<>();
        List<RegisteredClient> clients = properties.clients().stream().map(client -> {
            if (!ids.add(client.clientId())) {
                throw new IllegalStateException("ledger.security.clients: the client id " + client.clientId()
                        + " is listed twice");
            }
            return register(client, encoder, properties.authorizationServer());
        }).toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** One configured client as a registered client of the authorization server. */
    public static RegisteredClient register(SecurityProperties.Client client, PasswordEncoder encoder,
                                            SecurityProperties.AuthorizationServer server) {
        ClientSettings.Builder settings = ClientSettings.builder().setting(ROLE_SETTING, client.role().name());
        if (client.role() == Role.DEPARTMENT) {
            if (client.department() == null) {
                throw new IllegalStateException("ledger.security.clients: the DEPARTMENT client "
                        + client.clientId() + " needs a department");
            }
            settings.setting(DEPARTMENT_SETTING, DepartmentCode.parse(client.department()).value());
        }
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(client.clientId().getBytes()).toString())
                .clientId(client.clientId())
                .clientName(client.name() != null ? client.name() : client.clientId())
                .clientSecret(encoder.encode(client.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(server.tokenTtl()).build())
                .build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> ledgerClaims() {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            RegisteredClient client = context.getRegisteredClient();
            ClientSettings settings = client.getClientSettings();
            context.getClaims().claim(Caller.ROLES_CLAIM, List.of((String) settings.getSetting(ROLE_SETTING)));
            context.getClaims().claim(Caller.CLIENT_ID_CLAIM, client.getClientId());
            String department = settings.getSetting(DEPARTMENT_SETTING);
            if (department != null) {
                context.getClaims().claim(Caller.DEPARTMENT_CLAIM, department);
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> tokenSigningKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Checks tokens against the embedded server's own key, without a round trip over HTTP. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        String issuer = properties.authorizationServer().issuer();
        if (issuer != null && !issuer.isBlank()) {
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        }
        return decoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(SecurityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        String issuer = properties.authorizationServer().issuer();
        if (issuer != null && !issuer.isBlank()) {
            settings.issuer(issuer);
        }
        return settings.build();
    }
}
