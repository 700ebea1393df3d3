package dev.publiccredit.ledger.api.support;

import org.jspecify.annotations.Nullable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on problem+json answers. */
public final class Problems {

    private Problems() {
    }

    /** The answer is a problem with this status and rule code. */
    public static void assertProblem(HttpJson.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    /** The answer is a problem with this status (never a 500 in disguise). */
    public static void assertProblem(HttpJson.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    /** The answer is a 400 problem whose {@code errors} name {@code field}, each with a reason. */
    public static void assertNamed(HttpJson.Response response, String field) {
        assertProblem(response, 400);
        assertThat(errorFields(response)).contains(field);
        response.json().get("errors").forEach(e -> assertThat(e.get("reason").asString()).isNotBlank());
    }

    /**
     * The answer is a problem with this status: for 400 one naming {@code fieldOrCode}, else one with
     * {@code fieldOrCode} as its code; with {@code fieldOrCode} null, any problem with this status.
     */
    public static void assertAnswer(HttpJson.Response response, int status, @Nullable String fieldOrCode) {
        assertProblem(response, status);
        if (fieldOrCode == null) {
            return;
        }
        if (status == 400) {
            assertNamed(response, fieldOrCode);
        } else {
            assertThat(response.json().get("code").asString()).isEqualTo(fieldOrCode);
        }
    }

    /** The answer is a 400, and these are the fields it names, in order. */
    public static List<String> errorFields(HttpJson.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
