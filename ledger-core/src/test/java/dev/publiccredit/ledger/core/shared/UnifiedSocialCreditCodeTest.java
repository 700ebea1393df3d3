package dev.publiccredit.ledger.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected values were computed with shared/reference/check_digits.py, independently of the production code.
 */
class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91110108MA01R7KD83", // 工商/企业, Beijing Haidian
            "52120116MJ0Q4T2N5W", // 民政/民办非企业单位, Tianjin Binhai
            "125000004504012315", // 机构编制/事业单位, Chongqing: all digits
            "91350100M000100Y43", // the standard's example, corrected
            "91110108MA01R7K1XP", // organisation code check 11 - 1 = 10, written X
            "91110108MA01R7K603", // organisation code check 11 - 0 = 11, written 0
            "91110108MA01R70390", // check 31 - 0 = 31, written 0
    })
    void parse_accepts_validCodes(String code) {
        UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.parse(code);

        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed).hasToString(code).isEqualTo(new UnifiedSocialCreditCode(code));
    }

    static Stream<Arguments> typedCodes() {
        return Stream.of(
                arguments("９１１１０１０８ＭＡ０１Ｒ７ＫＤ８３", "91110108MA01R7KD83"),
                arguments("\u3000 91110108MA01R7KD83\u00A0\t", "91110108MA01R7KD83"),
                arguments("\u3000９１１１０１０８ｍａ０１ｒ７ｋｄ８３\u3000", "91110108MA01R7KD83"),
                arguments("91110108ma01r7kd83", "91110108MA01R7KD83"),
                arguments("52120116mj0q4t2n5w\r\n", "52120116MJ0Q4T2N5W"));
    }

    @ParameterizedTest
    @MethodSource("typedCodes")
    void parse_accepts_typedInput_and_normalises(String raw, String canonical) {
        assertThat(UnifiedSocialCreditCode.parse(raw).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            91350100M000100Y4Z  | check character is 'Z', expected '3'
            91110108MA01R7KD84  | check character is '4', expected '3'
            00000000000000000X  | is the placeholder for an individual business without a unified social credit code, not a code
            91110108MI01R7KD83  | character 'I' at position 10 is not allowed in a unified social credit code
            O1110108MA01R7KD83  | character 'O' at position 1 is not allowed in a unified social credit code
            91110108MA01R7SD83  | character 'S' at position 15 is not allowed in a unified social credit code
            91110108MA01R7KD8V  | check character is 'V', expected '3'
            9111010ZMA01R7KD83  | character 'Z' at position 8 is not allowed in a unified social credit code
            91110108MA01R7KD5R  | organisation code check character is '5', expected '8'
            91350100M000100Y56  | organisation code check character is '5', expected '4'
            91110108MA01R7KD8   | must be 18 characters, got 17
            91110108MA01R7KD833 | must be 18 characters, got 19
            B1110108MA01R7KD81  | registration authority code 'B' at position 1 is unknown
            01110108MA01R7KD8C  | registration authority code '0' at position 1 is unknown
            91A10108MA01R7KD8F  | division code at positions 3-8 must be digits, got 'A' at position 3
            """)
    void parse_rejects_withReason(String code, String reason) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e).hasMessage(reason);
                });
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(code))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    static Stream<Arguments> oddInput() {
        return Stream.of(
                arguments("", "must be 18 characters, got 0"),
                arguments("\u3000\u00A0 ", "must be 18 characters, got 0"),
                arguments("9111 0108MA01R7KD83", "must be 18 characters, got 19"),
                arguments("9111 108MA01R7KD83", "character U+0020 at position 5 is not allowed in a unified social"
                        + " credit code"),
                arguments("91110108\u3000A01R7KD83", "character U+3000 at position 9 is not allowed in a unified"
                        + " social credit code"),
                arguments("91110108号A01R7KD83", "character '号' (U+53F7) at position 9 is not allowed in a"
                        + " unified social credit code"),
                arguments("00000000000000000x", "is the placeholder for an individual business without a unified"
                        + " social credit code, not a code"));
    }

    @ParameterizedTest
    @MethodSource("oddInput")
    void parse_rejects_oddInput_withReason(String raw, String reason) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(raw))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void parse_rejects_null() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(null))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class,
                        e -> assertThat(e.reason()).isEqualTo("must not be null"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            91110108ma01r7kd83                 | character 'm' at position 9 is not allowed in a unified social credit code
            ９１１１０１０８ＭＡ０１Ｒ７ＫＤ８３ | character '９' (U+FF19) at position 1 is not allowed in a unified social credit code
            """)
    void constructor_rejects_nonCanonicalForm(String value, String reason) {
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(value))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void placeholder_is_not_a_valid_code() {
        assertThat(UnifiedSocialCreditCode.PLACEHOLDER).isEqualTo("00000000000000000X");
        assertThatThrownBy(() -> new UnifiedSocialCreditCode(UnifiedSocialCreditCode.PLACEHOLDER))
                .isInstanceOf(InvalidSubjectIdentifier.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            91110108MA01R7KD | 91110108MA01R7KD83
            52120116MJ0Q4T2N | 52120116MJ0Q4T2N5W
            1250000045040123 | 125000004504012315
            91350100M000100Y | 91350100M000100Y43
            91110108MA01R7K1 | 91110108MA01R7K1XP
            91110108MA01R7K6 | 91110108MA01R7K603
            91110108MA01R703 | 91110108MA01R70390
            """)
    void complete_appends_organisationCheck_and_check(String first16, String code) {
        UnifiedSocialCreditCode completed = UnifiedSocialCreditCode.complete(first16);

        assertThat(completed.value()).isEqualTo(code);
        assertThat(UnifiedSocialCreditCode.parse(completed.value())).isEqualTo(completed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            91110108MA01R7K   | must be 16 characters, got 15
            91110108MA01R7KD8 | must be 16 characters, got 17
            91110108MA0IR7KD  | character 'I' at position 12 is not allowed in a unified social credit code
            B1110108MA01R7KD  | registration authority code 'B' at position 1 is unknown
            """)
    void complete_rejects_withReason(String first16, String reason) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.complete(first16))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110108MA01R7KD83", "52120116MJ0Q4T2N5W", "125000004504012315", "91350100M000100Y43"})
    void parse_rejects_everySingleCharacterSubstitution(String code) {
        int rejected = 0;
        for (int i = 0; i < code.length(); i++) {
            for (char c : UnifiedSocialCreditCode.CHARACTERS.toCharArray()) {
                if (c == code.charAt(i)) {
                    continue;
                }
                String mistyped = code.substring(0, i) + c + code.substring(i + 1);
                assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(mistyped))
                        .as("%s", mistyped)
                        .isInstanceOf(InvalidSubjectIdentifier.class);
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(18 * 30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4Z", "91110108MA01R7KD5R", "91110108MI01R7KD83", "91110108MA01R7KD8"})
    void rejection_reason_never_contains_theCode(String code) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason())
                        .doesNotContain(code)
                        .doesNotContain(code.substring(8)));
    }
}
