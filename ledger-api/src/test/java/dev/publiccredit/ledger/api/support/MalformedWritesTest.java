package dev.publiccredit.ledger.api.support;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.publiccredit.ledger.api.support.Problems.assertNamed;
import static dev.publiccredit.ledger.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every POST endpoint of {@link #writes()} must refuse, whatever its body: a body that is not a JSON object
 * (400 {@code INVALID_JSON}), an unknown field (400 naming it), another content type (415) and a body over the limit
 * (413); and the bad fields of {@link #badFields()}, each a 400 naming the field. Each answer is a problem and nothing
 * is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MalformedWritesTest extends LedgerApplicationTest {

    private static final String[][] MALFORMED = {{"empty body", ""}, {"JSON null", "null"},
            {"an array", "[{\"reason\": \"x\"}]"}, {"a string", "\"text\""}, {"a number", "42"},
            {"truncated JSON", "{\"reason\": "}, {"not JSON", "reason=x"}};

    /** The endpoints under test; their paths may name what the test class creates before each test. */
    protected abstract List<WriteEndpoint> writes();

    /** Bad fields, each made with {@link #bad}: a valid body of an endpoint, spoilt, and the field to be named. */
    protected abstract Stream<Arguments> badFields();

    protected static Arguments bad(WriteEndpoint write, String name, Consumer<Map<String, Object>> spoil,
                                   String field) {
        return Arguments.of(write, name, spoil, field);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badFields")
    void badField_is400NamingIt_andStoresNothing(WriteEndpoint write, String name,
                                                  Consumer<Map<String, Object>> spoil, String field) {
        Map<String, Object> body = write.validBody();
        spoil.accept(body);
        long before = storedEvents();

        assertNamed(http.post(write.path(), body), field);
        assertThat(storedEvents()).isEqualTo(before);
    }

    List<Arguments> malformedBodiesToEveryWrite() {
        List<Arguments> all = new ArrayList<>();
        for (WriteEndpoint write : writes()) {
            for (String[] body : MALFORMED) {
                all.add(Arguments.of(write, body[0], body[1]));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedBodiesToEveryWrite")
    void malformedBody_is400NamingTheBody_andStoresNothing(WriteEndpoint write, String name, String body) {
        long before = storedEvents();

        HttpJson.Response response = http.post(write.path(), body);

        assertProblem(response, 400);
        assertThat(response.json().get("code").asString()).isEqualTo("INVALID_JSON");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isNotBlank();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("writes")
    void unknownField_is400NamingIt_andStoresNothing(WriteEndpoint write) {
        Map<String, Object> body = write.validBody();
        body.put("remark", "x");
        long before = storedEvents();

        assertNamed(http.post(write.path(), body), "remark");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("writes")
    void wrongContentType_is415_andStoresNothing(WriteEndpoint write) {
        long before = storedEvents();

        HttpJson.Response response = http.post(write.path(), HttpJson.JSON.writeValueAsString(write.validBody()),
                "Content-Type", "text/plain");

        assertProblem(response, 415);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("writes")
    void hugeBody_is413_andStoresNothing(WriteEndpoint write) {
        long before = storedEvents();
        byte[] body = ("{\"reason\": \"" + "异".repeat(500_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        assertProblem(http.postBytes(write.path(), body), 413);
        assertThat(storedEvents()).isEqualTo(before);
    }
}
