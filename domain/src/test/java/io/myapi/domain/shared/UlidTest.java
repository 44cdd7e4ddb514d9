package io.myapi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class UlidTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static String ulidText(int first, List<Integer> rest) {
        StringBuilder text = new StringBuilder().append(ALPHABET.charAt(first));
        rest.forEach(i -> text.append(ALPHABET.charAt(i)));
        return text.toString();
    }

    @Test
    @Tag("R4.2")
    @Tag("R11.3")
    void acceptsEveryCanonicalUlid() {
        qt().forAll(integers().between(0, 7), lists().of(integers().between(0, 31)).ofSize(25))
                .check((first, rest) -> new Ulid(ulidText(first, rest)).value().equals(ulidText(first, rest)));
    }

    @Test
    @Tag("R4.2")
    @Tag("R11.3")
    void rejectsAnythingThatIsNotTwentySixCrockfordCharacters() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
                .assuming(text -> !text.matches("^[0-7][0-9A-HJKMNP-TV-Z]{25}$"))
                .check(text -> {
                    try {
                        new Ulid(text);
                        return false;
                    } catch (InvalidIdentifierException expected) {
                        return !Ulid.isValid(text);
                    }
                });
    }

    @Test
    @Tag("R4.2")
    void rejectsOverflowingFirstCharacterAndExcludedLetters() {
        assertThatThrownBy(() -> new Ulid("8ZZZZZZZZZZZZZZZZZZZZZZZZZ")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new Ulid("01ARZ3NDEKTSV4RRFFQ69G5FAI")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new Ulid("01ARZ3NDEKTSV4RRFFQ69G5FAV\n")).isInstanceOf(InvalidIdentifierException.class);
        assertThat(Ulid.parse("01arz3ndektsv4rrffq69g5fav").value()).isEqualTo("01ARZ3NDEKTSV4RRFFQ69G5FAV");
    }

    @Test
    @Tag("R4.5")
    @Tag("R4.1")
    @Tag("R10.4")
    void equalityAndHashingAreByValue() {
        qt().forAll(integers().between(0, 7), lists().of(integers().between(0, 31)).ofSize(25)).check((first, rest) -> {
            Ulid a = new Ulid(ulidText(first, rest));
            Ulid b = Ulid.parse(ulidText(first, rest).toLowerCase(java.util.Locale.ROOT));
            return a.equals(b) && a.hashCode() == b.hashCode() && a.compareTo(b) == 0 && a != b;
        });
    }

    @Test
    @Tag("R2.2")
    void invalidIdentifierCarriesAStableCodeAndNoInput() {
        InvalidIdentifierException error = new InvalidIdentifierException();
        assertThat(error.code()).isEqualTo("INVALID_IDENTIFIER");
        assertThat(error).isInstanceOf(DomainException.class);
    }
}
