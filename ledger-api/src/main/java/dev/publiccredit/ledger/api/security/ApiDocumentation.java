package dev.publiccredit.ledger.api.security;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.OAuthFlow;
import io.swagger.v3.oas.annotations.security.OAuthFlows;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The API description says how to authenticate: OAuth2 client credentials at {@code /oauth2/token}, or a bearer
 * token pasted into Swagger UI's "Authorize" dialog.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Credit ledger API", version = "v1",
        description = "Every /api request needs a bearer token; see docs/security.md for the roles and demo clients."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "clientCredentials")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityScheme(name = "clientCredentials", type = SecuritySchemeType.OAUTH2,
        flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = "/oauth2/token")))
public class ApiDocumentation {
}
