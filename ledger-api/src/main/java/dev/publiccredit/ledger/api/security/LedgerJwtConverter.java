package dev.publiccredit.ledger.api.security;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the ledger's claims from a validated token: {@code roles} (a list of role names, or one name),
 * {@code department} (required with the DEPARTMENT role), and the client id ({@code client_id}, else {@code azp},
 * else {@code sub}). A token without a known role, or a department token without a valid department, is refused.
 */
public class LedgerJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = caller(jwt);
        return new JwtAuthenticationToken(jwt, caller.roles().stream().map(Role::authority).toList(), caller.clientId());
    }

    static Caller caller(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : roleNames(jwt.getClaims().get(Caller.ROLES_CLAIM))) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                // a role of another application: ignored
            }
        }
        if (roles.isEmpty()) {
            throw invalid("the token has no ledger role in its '" + Caller.ROLES_CLAIM + "' claim");
        }
        DepartmentCode department = null;
        String departmentClaim = jwt.getClaimAsString(Caller.DEPARTMENT_CLAIM);
        if (departmentClaim != null) {
            try {
                department = DepartmentCode.parse(departmentClaim);
            } catch (IllegalArgumentException e) {
                throw invalid("the token's '" + Caller.DEPARTMENT_CLAIM + "' claim is not a department code");
            }
        }
        if (roles.contains(Role.DEPARTMENT) && department == null) {
            throw invalid("a DEPARTMENT token must name its department in the '" + Caller.DEPARTMENT_CLAIM + "' claim");
        }
        String clientId = firstNonBlank(jwt.getClaimAsString(Caller.CLIENT_ID_CLAIM), jwt.getClaimAsString("azp"),
                jwt.getSubject());
        if (clientId == null) {
            throw invalid("the token names no client (client_id, azp or sub)");
        }
        return new Caller(clientId, roles, department);
    }

    private static Collection<String> roleNames(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value.split("[ ,]+"));
        }
        return List.of();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static OAuth2AuthenticationException invalid(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
