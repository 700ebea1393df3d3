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

class SubjectIdentifierTest {

    static Stream<Arguments> validIdentifiers() {
        return Stream.of(
                arguments("91110108MA01R7KD83", UnifiedSocialCreditCode.class, "91110108MA01R7KD83"),
                arguments("52120116MJ0Q4T2N5W", UnifiedSocialCreditCode.class, "52120116MJ0Q4T2N5W"),
                arguments("125000004504012315", UnifiedSocialCreditCode.class, "125000004504012315"),
                arguments("91350100M000100Y43", UnifiedSocialCreditCode.class, "91350100M000100Y43"),
                arguments("\u3000９１１１０１０８ＭＡ０１Ｒ７ＫＤ８３ ", UnifiedSocialCreditCode.class, "91110108MA01R7KD83"),
                arguments("11010519491231002X", CitizenIdNumber.class, "11010519491231002X"),
                arguments("11010519491231002x", CitizenIdNumber.class, "11010519491231002X"),
                arguments("440308200001011234", CitizenIdNumber.class, "440308200001011234"),
                arguments("320102198811304024", CitizenIdNumber.class, "320102198811304024"),
                arguments("123456789012345", BusinessRegistrationNumber.class, "123456789012345"),
                arguments("\u00A0110105000000004\u3000", BusinessRegistrationNumber.class, "110105000000004"));
    }

    @ParameterizedTest
    @MethodSource("validIdentifiers")
    void parse_accepts_validIdentifiers_by_shape(String raw, Class<? extends SubjectIdentifier> kind, String value) {
        SubjectIdentifier parsed = SubjectIdentifier.parse(raw);

        assertThat(parsed).isExactlyInstanceOf(kind);
        assertThat(parsed.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            91350100M000100Y4Z | not a unified social credit code (check character is 'Z', expected '3')
            91350100M000100Y56 | not a unified social credit code (organisation code check character is '5', expected '4')
            91110108MI01R7KD83 | not a unified social credit code (character 'I' at position 10 is not allowed in a unified social credit code)
            00000000000000000X | not a unified social credit code (is the placeholder for an individual business without a unified social credit code, not a code)
            440308200001011235 | not a unified social credit code (check character is '5', expected 'Y') nor a citizen ID number (check character is '5', expected '4')
            110105194902310026 | not a unified social credit code (check character is '6', expected '5') nor a citizen ID number (birth date 19490231 is not a valid date)
            990105194912310023 | not a unified social credit code (check character is '3', expected 'A') nor a citizen ID number (province code 99 is unknown)
            123456789012346    | not a business registration number (check digit is '6', expected '5')
            12345678901234A    | not a business registration number (character 'A' at position 15 must be a digit)
            1101051949123100   | must be 18 characters (unified social credit code or citizen ID number) or 15 digits (business registration number), got 16
            """)
    void parse_rejects_withReason(String raw, String reason) {
        assertThatThrownBy(() -> SubjectIdentifier.parse(raw))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.reason()).doesNotContain(raw);
                });
    }

    @Test
    void parse_rejects_emptyInput_and_null() {
        assertThatThrownBy(() -> SubjectIdentifier.parse("\u3000 "))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason()).endsWith("got 0"));
        assertThatThrownBy(() -> SubjectIdentifier.parse(null))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class,
                        e -> assertThat(e.reason()).isEqualTo("must not be null"));
    }

    /**
     * 110105199001011304 is, by construction with shared/reference/check_digits.py, both a valid code (authority 1,
     * type 1, division 010519, organisation code 90010113-0) and a valid citizen ID (Beijing, born 1990-01-01).
     */
    @Test
    void parse_rejects_anIdentifier_valid_both_as_code_and_as_citizenId() {
        String both = "110105199001011304";
        assertThat(UnifiedSocialCreditCode.parse(both).value()).isEqualTo(both);
        assertThat(CitizenIdNumber.parse(both).birthDate()).hasToString("1990-01-01");

        assertThatThrownBy(() -> SubjectIdentifier.parse(both))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class, e -> assertThat(e.reason()).isEqualTo(
                        "is valid both as a unified social credit code and as a citizen ID number; the subject kind"
                                + " must decide"));
    }
}
