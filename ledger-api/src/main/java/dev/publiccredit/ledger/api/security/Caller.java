package dev.publiccredit.ledger.api.security;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated client of the current request, read from its token: the client id, its roles and, for a
 * department client, the one department it is bound to.
 */
public record Caller(String clientId, Set<Role> roles, @Nullable DepartmentCode department) {

    public static final String ROLES_CLAIM = "roles";
    public static final String DEPARTMENT_CLAIM = "department";
    public static final String CLIENT_ID_CLAIM = "client_id";

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The caller of the current request; fails when the request is not authenticated by a token. */
    public static Caller current() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }

    public static Optional<Caller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(LedgerJwtConverter.caller(jwt));
        }
        return Optional.empty();
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean isAny(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    /** The role named in event metadata: the first of the caller's roles in declaration order. */
    public Role primaryRole() {
        return roles.iterator().next();
    }

    /** A department client acts only for its own department; any other caller passes. */
    public void requireOwnDepartment(DepartmentCode owner, String what) {
        if (is(Role.DEPARTMENT) && !owner.equals(department)) {
            throw new AccessRefused("the client " + clientId + " is bound to the department " + department
                    + " and may not act on " + what + " of the department " + owner);
        }
    }

    /** True when the caller is a department client bound to {@code owner}. */
    public boolean isDepartment(DepartmentCode owner) {
        return is(Role.DEPARTMENT) && owner.equals(department);
    }

    /** Refuses unless the caller has one of the roles. */
    public void require(String what, Role... any) {
        if (!isAny(any)) {
            throw new AccessRefused("the client " + clientId + " (" + roles + ") may not " + what
                    + "; that needs the role " + (any.length == 1 ? any[0] : Arrays.toString(any)));
        }
    }
}
