package io.myapi.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitTest {

    private static final Pattern FORMAT = Pattern.compile("^[0-9]{1,10}/(second|minute|hour|day)$");

    @Test
    @Tag("R7.3")
    void parsesNumberAndUnit() {
        RateLimit limit = RateLimit.of("100/minute");
        assertThat(limit.requests()).isEqualTo(100);
        assertThat(limit.period()).isEqualTo(Duration.ofMinutes(1));
        assertThat(RateLimit.of("5/second").period()).isEqualTo(Duration.ofSeconds(1));
        assertThat(RateLimit.of("1000/hour").toString()).isEqualTo("1000/hour");
        assertThat(RateLimit.of("7/day").period()).isEqualTo(Duration.ofDays(1));
    }

    @ParameterizedTest
    @Tag("R7.3")
    @ValueSource(strings = {"", "100", "/minute", "100/", "100/minutes", "100/Minute", "-1/minute", "0/minute",
        "1.5/minute", " 100/minute", "100 /minute", "100/minute/second", "1e3/minute", "99999999999/day", "+5/hour"})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> RateLimit.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rate limit");
    }

    @Test
    @Tag("R7.3")
    @Tag("R11.3")
    void acceptsExactlyTheDocumentedFormat() {
        qt().forAll(strings().ascii().ofLengthBetween(0, 20)).check(text -> {
            boolean wellFormed = FORMAT.matcher(text).matches()
                    && Long.parseLong(text.substring(0, text.indexOf('/'))) >= 1
                    && Long.parseLong(text.substring(0, text.indexOf('/'))) <= RateLimit.MAX_REQUESTS;
            try {
                RateLimit.of(text);
                return wellFormed;
            } catch (IllegalArgumentException rejected) {
                return !wellFormed;
            }
        });
    }

    @Test
    @Tag("R7.3")
    @Tag("R11.3")
    void roundTripsThroughItsTextForm() {
        qt().forAll(longs().between(1, RateLimit.MAX_REQUESTS)).check(n -> {
            RateLimit limit = new RateLimit(n, RateLimit.Unit.HOUR);
            return RateLimit.of(limit.toString()).equals(limit);
        });
    }
}
