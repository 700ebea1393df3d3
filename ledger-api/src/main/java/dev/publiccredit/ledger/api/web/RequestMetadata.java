package dev.publiccredit.ledger.api.web;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The metadata every command carries into its events: the request id, who acted ({@code X-Actor}: a user or client
 * id, "anonymous" when not given), the department, and the reason.
 */
public final class RequestMetadata {

    private static final Pattern ACTOR = Pattern.compile("[\\p{L}\\p{N}._@:-]{1,128}");

    private RequestMetadata() {
    }

    public static MetaData of(HttpServletRequest request, DepartmentCode department, String reason) {
        String actor = request.getHeader("X-Actor");
        Map<String, String> values = new HashMap<>();
        values.put("requestId", RequestIdFilter.requestId(request));
        values.put("actor", actor != null && ACTOR.matcher(actor).matches() ? actor : "anonymous");
        values.put("actorType", actor != null && ACTOR.matcher(actor).matches() ? "USER" : "ANONYMOUS");
        values.put("department", department.value());
        values.put("reason", reason);
        return MetaData.from(values);
    }
}
