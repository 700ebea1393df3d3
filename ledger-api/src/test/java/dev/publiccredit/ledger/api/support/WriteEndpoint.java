package dev.publiccredit.ledger.api.support;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A POST endpoint under test and a body it would accept, both made when asked: the path may name what a test created
 * before it ran.
 */
public record WriteEndpoint(String name, Supplier<String> pathOf, Supplier<Map<String, Object>> validBodyOf) {

    public String path() {
        return pathOf.get();
    }

    /** A new, mutable, valid body. */
    public Map<String, Object> validBody() {
        return validBodyOf.get();
    }

    @Override
    public String toString() {
        return name;
    }
}
