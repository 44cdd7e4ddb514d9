package io.myapi.web.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.myapi.web.validation.SafeText.CharacterClass;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SafeTextValidatorTest {

    @Test
    @Tag("R14.2")
    @Tag("R11.3")
    @Tag("R26.5")
    void neverAcceptsMoreCodePointsThanTheMaximum() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 60), integers().between(0, 30)).check((text, max) ->
                !SafeTextValidator.isSafe(text, 0, max, CharacterClass.PRINTABLE)
                        || text.codePointCount(0, text.length()) <= max);
    }

    @Test
    @Tag("R14.2")
    @Tag("R11.3")
    void neverAcceptsControlOrBidiCharactersInAnyClass() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 10),
                        integers().between(0, 0x1F), strings().basicLatinAlphabet().ofLengthBetween(0, 10))
                .assuming((a, control, b) -> control != '\n' && control != '\t')
                .check((a, control, b) -> {
                    String text = a + (char) (int) control + b;
                    String bidi = a + '\u202E' + b;
                    for (CharacterClass allow : CharacterClass.values()) {
                        if (SafeTextValidator.isSafe(text, 0, 100, allow) || SafeTextValidator.isSafe(bidi, 0, 100, allow)) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    @Tag("R14.2")
    void identifierAndNameClassesAreWhiteLists() {
        assertThat(SafeTextValidator.isSafe("sku-123_A", 1, 20, CharacterClass.IDENTIFIER)).isTrue();
        assertThat(SafeTextValidator.isSafe("sku;drop", 1, 20, CharacterClass.IDENTIFIER)).isFalse();
        assertThat(SafeTextValidator.isSafe("Zoë O'Brien-Łukasz", 1, 40, CharacterClass.NAME)).isTrue();
        assertThat(SafeTextValidator.isSafe("<b>Zoë</b>", 1, 40, CharacterClass.NAME)).isFalse();
        assertThat(SafeTextValidator.isSafe("price < 10 & \"quoted\"\nnext line", 1, 40, CharacterClass.PRINTABLE)).isTrue();
        assertThat(SafeTextValidator.isSafe("\uD800", 0, 5, CharacterClass.PRINTABLE)).isFalse();
        assertThat(SafeTextValidator.isSafe("", 1, 5, CharacterClass.PRINTABLE)).isFalse();
    }
}
