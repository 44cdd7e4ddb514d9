package io.myapi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    @Tag("R1.4")
    @Tag("R17.1")
    @Tag("R11.3")
    void neverPrintsItsValue() {
        qt().forAll(strings().allPossible().ofLengthBetween(1, 64)).check(raw -> {
            Secret secret = Secret.of(raw);
            return secret.toString().equals("***")
                    && String.valueOf(secret).equals("***")
                    && ("value=" + secret).equals("value=***")
                    && secret.reveal().equals(raw);
        });
    }

    @Test
    @Tag("R29.5")
    void comparesByValueWithoutLeakingThroughHashCode() {
        assertThat(Secret.of("s3cr3t-value")).isEqualTo(Secret.of("s3cr3t-value"));
        assertThat(Secret.of("s3cr3t-value")).isNotEqualTo(Secret.of("s3cr3t-valuf"));
        assertThat(Secret.of("a").hashCode()).isEqualTo(Secret.of("b").hashCode());
        assertThat(Secret.of("").isEmpty()).isTrue();
        assertThat(Secret.of("12345").length()).isEqualTo(5);
    }
}
