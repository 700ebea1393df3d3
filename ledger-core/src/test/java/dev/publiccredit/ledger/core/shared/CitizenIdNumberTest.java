package dev.publiccredit.ledger.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected check characters were computed with shared/reference/check_digits.py, independently of the production
 * code.
 */
class CitizenIdNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002X | 1949-12-31
            440308200001011234 | 2000-01-01
            320102198811304024 | 1988-11-30
            440308200002291231 | 2000-02-29
            """)
    void parse_accepts_validNumbers(String number, LocalDate birthDate) {
        CitizenIdNumber parsed = CitizenIdNumber.parse(number);

        assertThat(parsed.value()).isEqualTo(number);
        assertThat(parsed).hasToString(number).isEqualTo(new CitizenIdNumber(number));
        assertThat(parsed.birthDate()).isEqualTo(birthDate);
    }

    static Stream<Arguments> typedNumbers() {
        return Stream.of(
                arguments("11010519491231002x", "11010519491231002X"),
                arguments(" 11010519491231002x\u3000", "11010519491231002X"),
                arguments("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),
                arguments("\u3000４４０３０８２００００１０１１２３４\u00A0", "440308200001011234"));
    }

    @ParameterizedTest
    @MethodSource("typedNumbers")
    void parse_accepts_typedInput_and_normalises(String raw, String canonical) {
        assertThat(CitizenIdNumber.parse(raw).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            110105194902310026  | birth date 19490231 is not a valid date
            440308190002291235  | birth date 19000229 is not a valid date
            110105200013010021  | birth date 20001301 is not a valid date
            110105200001000021  | birth date 20000100 is not a valid date
            110105189912310023  | birth year 1899 is before 1900
            990105194912310023  | province code 99 is unknown
            160105194912310023  | province code 16 is unknown
            110105194912310021  | check character is '1', expected 'X'
            440308200001011235  | check character is '5', expected '4'
            11010519491231002Y  | check character 'Y' at position 18 must be a digit or 'X'
            11010519491A31002X  | character 'A' at position 12 must be a digit
            X10105194912310021  | character 'X' at position 1 must be a digit
            1101051949123100X   | must be 18 characters, got 17
            11010519491231002XX | must be 18 characters, got 19
            110105491231002     | must be 18 characters, got 15
            """)
    void parse_rejects_withReason(String number, String reason) {
        assertThatThrownBy(() -> CitizenIdNumber.parse(number))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e).hasMessage(reason);
                    assertThat(e.reason()).doesNotContain(number);
                });
        assertThatThrownBy(() -> new CitizenIdNumber(number))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void parse_rejects_null() {
        assertThatThrownBy(() -> CitizenIdNumber.parse(null))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class,
                        e -> assertThat(e.reason()).isEqualTo("must not be null"));
    }

    @Test
    void constructor_rejects_lowerCaseX_that_parse_accepts() {
        assertThatThrownBy(() -> new CitizenIdNumber("11010519491231002x"))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason())
                        .isEqualTo("check character 'x' at position 18 must be a digit or 'X'"));
        assertThat(CitizenIdNumber.parse("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            440308200001011234 | 440308********1234
            11010519491231002X | 110105********002X
            320102198811304024 | 320102********4024
            """)
    void masked_hides_theBirthDate(String number, String masked) {
        assertThat(CitizenIdNumber.parse(number).masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002 | 11010519491231002X
            44030820000101123 | 440308200001011234
            32010219881130402 | 320102198811304024
            44030820000229123 | 440308200002291231
            """)
    void complete_appends_check(String first17, String number) {
        CitizenIdNumber completed = CitizenIdNumber.complete(first17);

        assertThat(completed.value()).isEqualTo(number);
        assertThat(CitizenIdNumber.parse(completed.value())).isEqualTo(completed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4403082000010112   | must be 17 characters, got 16
            440308200001011234 | must be 17 characters, got 18
            4403082000010112X  | character 'X' at position 17 must be a digit
            11010519490231002  | birth date 19490231 is not a valid date
            00010519491231002  | province code 00 is unknown
            """)
    void complete_rejects_withReason(String first17, String reason) {
        assertThatThrownBy(() -> CitizenIdNumber.complete(first17))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82"})
    void complete_accepts_everyProvince(String province) {
        assertThat(CitizenIdNumber.complete(province + "010519491231002").value()).startsWith(province);
    }

    @Test
    void complete_rejects_everyOtherProvince() {
        int rejected = 0;
        for (int code = 0; code < 100; code++) {
            String province = String.format("%02d", code);
            if ("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82"
                    .contains(province)) {
                continue;
            }
            assertThatThrownBy(() -> CitizenIdNumber.complete(province + "010519491231002"))
                    .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason())
                            .isEqualTo("province code " + province + " is unknown"));
            rejected++;
        }
        assertThat(rejected).isEqualTo(100 - 34);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440308200001011234", "320102198811304024"})
    void parse_rejects_everySingleCharacterSubstitution(String number) {
        int rejected = 0;
        for (int i = 0; i < number.length(); i++) {
            for (char c : "0123456789X".toCharArray()) {
                if (c == number.charAt(i)) {
                    continue;
                }
                String mistyped = number.substring(0, i) + c + number.substring(i + 1);
                assertThatThrownBy(() -> CitizenIdNumber.parse(mistyped))
                        .as("%s", mistyped)
                        .isInstanceOf(InvalidSubjectIdentifier.class);
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(18 * 10);
    }
}
