package dev.publiccredit.ledger.core.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void identifier_keepsTheFirstSixAndLastFour_ofAnEighteenCharacterId() {
        assertThat(Masking.identifier("440308200001011234")).isEqualTo("440308********1234");
        assertThat(Masking.identifier("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void identifier_masksTheFiveMiddleDigits_ofALegacyFifteenDigitId() {
        assertThat(Masking.identifier("110105491231002")).isEqualTo("110105*****1002");
    }

    @Test
    void identifier_isTheSameAsTheCitizenIdsOwnMask() {
        CitizenIdNumber id = CitizenIdNumber.parse("320102198811304024");

        assertThat(Masking.identifier(id.value())).isEqualTo(id.masked());
    }

    @Test
    void identifier_ofTenCharactersOrFewer_isAllStars() {
        assertThat(Masking.identifier("1234567890")).isEqualTo("**********");
        assertThat(Masking.identifier("12")).isEqualTo("**");
        assertThat(Masking.identifier("")).isEmpty();
    }

    @Test
    void identifier_ofElevenCharacters_hidesOne() {
        assertThat(Masking.identifier("12345678901")).isEqualTo("123456*8901");
    }

    @Test
    void identifier_stripsSpaces_andKeepsNull() {
        assertThat(Masking.identifier(" 440308200001011234 ")).isEqualTo("440308********1234");
        assertThat(Masking.identifier(null)).isNull();
    }

    @Test
    void identifier_countsCharacters_notUtf16Units() {
        // a supplementary character is one character: 11 characters, one star
        assertThat(Masking.identifier("\uD842\uDFB7234567890a")).isEqualTo("\uD842\uDFB723456*890a");
    }

    @Test
    void identifiersIn_masksEveryCitizenIdInAText() {
        String text = "法定代表人张三（身份证440308200001011234），联系人11010519491231002x，旧证110105491231002。";

        assertThat(Masking.identifiersIn(text)).isEqualTo(
                "法定代表人张三（身份证440308********1234），联系人110105********002x，旧证110105*****1002。");
    }

    @Test
    void identifiersIn_leavesCreditCodes_decisionNumbers_andLongerRunsAlone() {
        String text = "统一社会信用代码91110108MA01R7KD83，京海市监罚〔2026〕42号，流水号1234567890123456789";

        assertThat(Masking.identifiersIn(text)).isEqualTo(text);
    }

    @Test
    void identifiersIn_keepsNamesAndNull() {
        assertThat(Masking.identifiersIn("张三")).isEqualTo("张三");
        assertThat(Masking.identifiersIn(null)).isNull();
    }
}
