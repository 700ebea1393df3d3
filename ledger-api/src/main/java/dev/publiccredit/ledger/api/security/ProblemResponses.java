package dev.publiccredit.ledger.api.security;

import dev.publiccredit.ledger.api.problem.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * 401 and 403 from the security filters as {@code application/problem+json}, like every other error. The 401 keeps
 * the {@code WWW-Authenticate: Bearer ...} header of RFC 6750.
 */
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        bearer.commence(request, response, e);
        String detail = request.getHeader("Authorization") == null
                ? "this endpoint needs a bearer token (client-credentials grant at /oauth2/token)"
                : "the bearer token is not valid: " + e.getMessage();
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail,
                "UNAUTHENTICATED", request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String detail = Caller.find()
                .map(caller -> "the client " + caller.clientId() + " (" + caller.roles() + ") may not "
                        + request.getMethod() + " " + request.getRequestURI())
                .orElse("access refused");
        write(response, HttpStatus.FORBIDDEN, "access-refused", "Access refused", detail, "ACCESS_REFUSED", request);
    }

    private void write(HttpServletResponse response, HttpStatus status, String slug, String title, String detail,
                       String code, HttpServletRequest request) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ProblemDetailsAdvice.TYPE_BASE + slug));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
