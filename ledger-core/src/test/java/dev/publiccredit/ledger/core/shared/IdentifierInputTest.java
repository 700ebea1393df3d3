package dev.publiccredit.ledger.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifierInputTest {

    static Stream<Arguments> typedInput() {
        return Stream.of(
                arguments("already canonical", "91110108MA01R7KD83", "91110108MA01R7KD83"),
                arguments("lower case", "91110108ma01r7kd83", "91110108MA01R7KD83"),
                arguments("lower-case x", "11010519491231002x", "11010519491231002X"),
                arguments("full-width digits and letters", "９１１１０１０８ＭＡ０１Ｒ７ＫＤ８３", "91110108MA01R7KD83"),
                arguments("full-width lower case", "ｍａ０１ｒ７ｋｄ", "MA01R7KD"),
                arguments("ends of the full-width block", "\uFF01\uFF5E", "!~"),
                arguments("ideographic spaces around", "\u3000\u300091110108MA01R7KD83\u3000", "91110108MA01R7KD83"),
                arguments("no-break spaces around", "\u00A091110108MA01R7KD83\u202F", "91110108MA01R7KD83"),
                arguments("tabs and line breaks around", "\t\r\n 91110108MA01R7KD83 \r\n", "91110108MA01R7KD83"),
                arguments("byte order mark and zero-width space", "\uFEFF\u200B91110108MA01R7KD83",
                        "91110108MA01R7KD83"),
                arguments("full-width input in ideographic spaces", "\u3000４４０３０８２００００１０１１２３４\u3000",
                        "440308200001011234"),
                arguments("inner space kept", " 9111 0108 ", "9111 0108"),
                arguments("inner ideographic space kept", "9111\u30000108", "9111\u30000108"),
                arguments("characters outside the full-width block kept", "\uFF00\uFF5F\u53F7", "\uFF00\uFF5F\u53F7"),
                arguments("only spaces", "\u3000 \u00A0", ""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("typedInput")
    void normalise_returns_canonicalForm(String description, String raw, String normalised) {
        assertThat(IdentifierInput.normalise(raw)).isEqualTo(normalised);
    }

    @Test
    void normalise_rejects_null() {
        assertThatThrownBy(() -> IdentifierInput.normalise(null))
                .isInstanceOfSatisfying(InvalidSubjectIdentifier.class,
                        e -> assertThat(e.reason()).isEqualTo("must not be null"));
    }

    @Test
    void invalidSubjectIdentifier_is_an_illegalArgument_whose_message_is_the_reason() {
        InvalidSubjectIdentifier e = new InvalidSubjectIdentifier("must be 18 characters, got 17");
        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessage("must be 18 characters, got 17");
        assertThat(e.reason()).isEqualTo("must be 18 characters, got 17");
    }

    static Stream<Arguments> characters() {
        return Stream.of(
                arguments('A', "'A'"),
                arguments('\u53F7', "'\u53F7' (U+53F7)"),
                arguments('\uFF19', "'\uFF19' (U+FF19)"),
                arguments(' ', "U+0020"),
                arguments('\u3000', "U+3000"),
                arguments('\t', "U+0009"),
                arguments('\u200B', "U+200B"));
    }

    @ParameterizedTest
    @MethodSource("characters")
    void show_quotes_visible_characters_and_names_invisible_ones(char c, String shown) {
        assertThat(IdentifierInput.show(c)).isEqualTo(shown);
    }
}
