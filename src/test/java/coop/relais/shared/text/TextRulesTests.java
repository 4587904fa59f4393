package coop.relais.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rule for phones, e-mails and free text, whichever module asks. */
class TextRulesTests {

    @Test
    void phoneNumbersAsPeopleWriteThem() {
        assertThat(TextRules.isPhone("05 56 00 00 00")).isTrue();
        assertThat(TextRules.isPhone("+33 5 56 00 00 00")).isTrue();
        assertThat(TextRules.isPhone("(05) 56-00.00.00")).isTrue();
        assertThat(TextRules.isPhone("0556000000")).isTrue();

        assertThat(TextRules.isPhone("1234")).as("too few digits").isFalse();
        assertThat(TextRules.isPhone("-- .. --")).as("no digits").isFalse();
        assertThat(TextRules.isPhone("05 56 00 00 00 poste 12")).isFalse();
        assertThat(TextRules.isPhone("06+12345678")).as("+ only in front").isFalse();
        assertThat(TextRules.isPhone("0".repeat(31))).isFalse();
        assertThat(TextRules.isPhone(null)).isFalse();
    }

    @Test
    void emailAddressesThatLookLikeOne() {
        assertThat(TextRules.isEmail("ines.carvalho@aquitaine-logistique.fr")).isTrue();
        assertThat(TextRules.isEmail(" habitant@relais.test ")).isTrue();

        assertThat(TextRules.isEmail("habitant@relais")).isFalse();
        assertThat(TextRules.isEmail("hab itant@relais.test")).isFalse();
        assertThat(TextRules.isEmail("<habitant@relais.test>")).isFalse();
        assertThat(TextRules.isEmail("a@b@relais.test")).isFalse();
        assertThat(TextRules.isEmail("x".repeat(250) + "@relais.test")).isFalse();
        assertThat(TextRules.isEmail(null)).isFalse();
    }

    @Test
    void freeText() {
        assertThat(TextRules.trimmed("  Pressing  ")).isEqualTo("Pressing");
        assertThat(TextRules.trimmed(" \t ")).isNull();
        assertThat(TextRules.isOneLine("Pressing Solidaire")).isTrue();
        assertThat(TextRules.isOneLine("Pressing\nSolidaire")).isFalse();
        assertThat(TextRules.isPlainText("Deux lignes\net une tabulation\t")).isTrue();
        assertThat(TextRules.isPlainText("cloche\u0007")).isFalse();
        assertThat(TextRules.withoutControlCharacters("a\u0000b\nc")).isEqualTo("ab\nc");
    }
}
