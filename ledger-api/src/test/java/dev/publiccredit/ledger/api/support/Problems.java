package dev.publiccredit.ledger.api.support;

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

    /** The answer is a 400, and these are the fields it names, in order. */
    public static List<String> errorFields(HttpJson.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
