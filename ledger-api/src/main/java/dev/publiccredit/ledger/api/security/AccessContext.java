package dev.publiccredit.ledger.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a read relied on to show what it showed, kept as the request attribute {@value #ATTRIBUTE}: the ids of the
 * subject authorisations by which a department saw AUTHORIZED records. {@link RecordVisibility} adds to it; the
 * query log reads it when the request is done ({@link #of(HttpServletRequest)}). Outside a request nothing is kept.
 */
public final class AccessContext {

    public static final String ATTRIBUTE = AccessContext.class.getName();

    private final Set<String> authorisationIds = new LinkedHashSet<>();

    /** The ids of the authorisations relied on, in the order first used. */
    public Set<String> authorisationIds() {
        return Collections.unmodifiableSet(authorisationIds);
    }

    /** The context of {@code request}; empty if nothing was relied on. */
    public static AccessContext of(HttpServletRequest request) {
        Object context = request.getAttribute(ATTRIBUTE);
        return context instanceof AccessContext existing ? existing : new AccessContext();
    }

    /** Records that the current request relied on the authorisation {@code id}. */
    static void reliedOn(String id) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return;
        }
        Object context = attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        AccessContext access;
        if (context instanceof AccessContext existing) {
            access = existing;
        } else {
            access = new AccessContext();
            attributes.setAttribute(ATTRIBUTE, access, RequestAttributes.SCOPE_REQUEST);
        }
        access.authorisationIds.add(id);
    }
}
