package dev.publiccredit.ledger.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The valid numbers below were computed by hand-checked Python and are cross-checked here with {@link #mod1110Valid}, a
 * second formulation of ISO 7064 MOD 11,10 that runs over all 15 digits and accepts when the last intermediate sum
 * is 1, instead of computing a check digit for the first 14 as the production code does.
 */
class BusinessRegistrationNumberTest {

    /**
     * ISO 7064 hybrid MOD 11,10, the "running" formulation: P = 10; for every digit d (check digit included),
     * S = (P + d) mod 10, read as 10 when 0, and P = 2S mod 11. The number is valid when the final S is 1.
     */
    static boolean mod1110Valid(String digits) {
        int p = 10;
        int s = 0;
        for (char c : digits.toCharArray()) {
            s = (p + c - '0') % 10;
            if (s == 0) {
                s = 10;
            }
            p = 2 * s % 11;
        }
        return s == 1;
    }

    /** The only check digit the running formulation accepts, found by trying all ten. */
    static char checkDigitByTrial(String first14) {
        int[] accepted = IntStream.range(0, 10).filter(d -> mod1110Valid(first14 + d)).toArray();
        assertThat(accepted).as("exactly one check digit for %s", first14).hasSize(1);
        return (char) ('0' + accepted[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105000000004", "440308000000122", "320102400123451", "123456789012345"})
    void parse_accepts_validNumbers(String number) {
        assertThat(mod1110Valid(number)).as("test oracle agrees").isTrue();

        BusinessRegistrationNumber parsed = BusinessRegistrationNumber.parse(number);

        assertThat(parsed.value()).isEqualTo(number);
        assertThat(parsed).hasToString(number).isEqualTo(new BusinessRegistrationNumber(number));
    }

    static Stream<Arguments> typedNumbers() {
        return Stream.of(
                arguments("\u3000１１０１０５００００００００４ ", "110105000000004"),
                arguments("\u00A0440308000000122\t", "440308000000122"));
    }

    @ParameterizedTest
    @MethodSource("typedNumbers")
    void parse_accepts_typedInput_and_normalises(String raw, String canonical) {
        assertThat(BusinessRegistrationNumber.parse(raw).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            110105000000005  | check digit is '5', expected '4'
            123456789012346  | check digit is '6', expected '5'
            000000000000000  | check digit is '0', expected '5'
            11010500000000   | must be 15 characters, got 14
            1101050000000040 | must be 15 characters, got 16
            11010500000000X  | character 'X' at position 15 must be a digit
            1101A5000000004  | character 'A' at position 5 must be a digit
            """)
    void parse_rejects_withReason(String number, String reason) {
        assertThatThrownBy(() -> BusinessRegistrationNumber.parse(number))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.reason()).doesNotContain(number);
                });
        assertThatThrownBy(() -> new BusinessRegistrationNumber(number))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void parse_rejects_null() {
        assertThatThrownBy(() -> BusinessRegistrationNumber.parse(null))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class,
                        e -> assertThat(e.reason()).isEqualTo("must not be null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11010500000000", "44030800000012", "32010240012345", "12345678901234",
            "00000000000000", "99999999999999", "37100200004567", "50010300000001"})
    void complete_agrees_with_theRunningFormulation(String first14) {
        BusinessRegistrationNumber completed = BusinessRegistrationNumber.complete(first14);

        assertThat(completed.value()).isEqualTo(first14 + checkDigitByTrial(first14));
        assertThat(BusinessRegistrationNumber.parse(completed.value())).isEqualTo(completed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            11010500000000 | 110105000000004
            44030800000012 | 440308000000122
            32010240012345 | 320102400123451
            12345678901234 | 123456789012345
            """)
    void complete_appends_check(String first14, String number) {
        assertThat(BusinessRegistrationNumber.complete(first14).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1101050000000  | must be 14 characters, got 13
            110105000000004 | must be 14 characters, got 15
            1101050000000X | character 'X' at position 14 must be a digit
            """)
    void complete_rejects_withReason(String first14, String reason) {
        assertThatThrownBy(() -> BusinessRegistrationNumber.complete(first14))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105000000004", "440308000000122", "320102400123451", "123456789012345"})
    void parse_rejects_everySingleDigitSubstitution(String number) {
        int rejected = 0;
        for (int i = 0; i < number.length(); i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c == number.charAt(i)) {
                    continue;
                }
                String mistyped = number.substring(0, i) + c + number.substring(i + 1);
                assertThat(mod1110Valid(mistyped)).as("test oracle rejects %s", mistyped).isFalse();
                assertThatThrownBy(() -> BusinessRegistrationNumber.parse(mistyped))
                        .as("%s", mistyped)
                        .isInstanceOf(InvalidSubjectIdentifier.class);
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(15 * 9);
    }
}
