package dev.publiccredit.ledger.api.web;

import dev.publiccredit.ledger.api.config.LedgerRules;
import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.MetaData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The metadata every command carries into its events (docs/events.md): the request id; who acted: {@code actor}
 * (the person named in {@code X-Actor}, else the client), {@code clientId} and {@code role} from the token; the
 * {@code department} whose record or listing it is; the {@code reason}; and {@code ruleSet}, the versions of the
 * rule sets, measures catalogue and calendar in force.
 *
 * <p>It is also where a department client is held to its own department: building metadata for another
 * department's record refuses the request ({@code ACCESS_REFUSED}, 403) before any command is sent.
 */
@Component
public class RequestMetadata {

    private static final Pattern ACTOR = Pattern.compile("[\\p{L}\\p{N}._@:-]{1,128}");

    private final LedgerRules rules;

    public RequestMetadata(LedgerRules rules) {
        this.rules = rules;
    }

    /** The rule sets in force, e.g. {@code publicity=cn-credit-publicity-2025.1;objection=...;calendar=...}. */
    public String ruleSet() {
        return rules.current().ruleSet();
    }

    /** Metadata for an act on {@code department}'s record; refuses a department client of another department. */
    public MetaData of(HttpServletRequest request, DepartmentCode department, String reason) {
        Caller caller = Caller.current();
        caller.requireOwnDepartment(department, "records and listings");
        Map<String, String> values = acting(request, caller, reason);
        values.put("department", department.value());
        return MetaData.from(values);
    }

    /** Metadata for an act on the platform's own data (the calendar, the measures catalogue): no department. */
    public MetaData platform(HttpServletRequest request, String reason) {
        return MetaData.from(acting(request, Caller.current(), reason));
    }

    private Map<String, String> acting(HttpServletRequest request, Caller caller, String reason) {
        Map<String, String> values = new HashMap<>();
        values.put("requestId", RequestIdFilter.requestId(request));
        values.put("actor", actor(request, caller));
        values.put("actorType", namedActor(request) != null ? "USER" : "CLIENT");
        values.put("clientId", caller.clientId());
        values.put("role", caller.primaryRole().name());
        values.put("reason", reason);
        values.put("ruleSet", ruleSet());
        return values;
    }

    /** Who acts: the person named in {@code X-Actor} when the header is well formed, else the client. */
    public static String actor(HttpServletRequest request, Caller caller) {
        String named = namedActor(request);
        return named != null ? named : caller.clientId();
    }

    /** The person named in {@code X-Actor} when the header is well formed; null otherwise (the client acts). */
    public static @Nullable String namedActor(HttpServletRequest request) {
        String actor = request.getHeader("X-Actor");
        return actor != null && ACTOR.matcher(actor).matches() ? actor : null;
    }

    /** Metadata for what the ledger does by itself (the expiry sweeps). */
    public MetaData system(String requestId, String actor, @Nullable DepartmentCode department, String reason) {
        Map<String, String> values = new HashMap<>();
        values.put("requestId", requestId);
        values.put("actor", actor);
        values.put("actorType", "SYSTEM");
        values.put("clientId", "ledger");
        values.put("role", "SYSTEM");
        if (department != null) {
            values.put("department", department.value());
        }
        values.put("reason", reason);
        values.put("ruleSet", ruleSet());
        return MetaData.from(values);
    }
}
