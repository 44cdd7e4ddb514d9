package io.myapi.application.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A request budget such as {@code 100/minute}: at most {@link #requests()} requests per
 * {@link #period()} (R7.3).
 *
 * <p>The accepted text form is {@code <number>/<unit>}, where the number is a positive integer
 * of at most {@value #MAX_REQUESTS} and the unit is {@code second}, {@code minute},
 * {@code hour} or {@code day} (singular, lower case). Anything else is rejected with a message
 * that repeats the expected format, never the whole input.
 *
 * @param requests requests allowed per period, positive
 * @param unit the period's unit
 */
public record RateLimit(long requests, Unit unit) {

    /** Largest budget accepted for one period. */
    public static final long MAX_REQUESTS = 1_000_000_000L;

    private static final int MAX_TEXT_LENGTH = 32;
    private static final String FORMAT = "expected <number>/<unit> with unit second, minute, hour or day, e.g. 100/minute";

    /** The unit of a rate-limit period. */
    public enum Unit {
        /** One second. */
        SECOND(Duration.ofSeconds(1)),
        /** One minute. */
        MINUTE(Duration.ofMinutes(1)),
        /** One hour. */
        HOUR(Duration.ofHours(1)),
        /** One day. */
        DAY(Duration.ofDays(1));

        private final Duration duration;

        Unit(Duration duration) {
            this.duration = duration;
        }
    }

    /**
     * Validates the budget.
     *
     * @param requests requests allowed per period
     * @param unit the period's unit
     * @throws IllegalArgumentException if {@code requests} is not in 1..{@value #MAX_REQUESTS}
     */
    public RateLimit {
        Objects.requireNonNull(unit, "unit");
        if (requests < 1 || requests > MAX_REQUESTS) {
            throw new IllegalArgumentException("rate limit must allow between 1 and " + MAX_REQUESTS + " requests");
        }
    }

    /**
     * Parses the text form; this is also how configuration binds a rate limit.
     *
     * @param text for example {@code 100/minute}
     * @return the parsed rule
     * @throws IllegalArgumentException if {@code text} does not follow {@code <number>/<unit>}
     */
    public static RateLimit of(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("invalid rate limit: " + FORMAT);
        }
        int slash = text.indexOf('/');
        if (slash <= 0 || slash != text.lastIndexOf('/') || slash > 10) {
            throw new IllegalArgumentException("invalid rate limit: " + FORMAT);
        }
        String number = text.substring(0, slash);
        String unitName = text.substring(slash + 1);
        if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("invalid rate limit: " + FORMAT);
        }
        Unit unit = switch (unitName) {
            case "second" -> Unit.SECOND;
            case "minute" -> Unit.MINUTE;
            case "hour" -> Unit.HOUR;
            case "day" -> Unit.DAY;
            default -> throw new IllegalArgumentException("invalid rate limit: " + FORMAT);
        };
        return new RateLimit(Long.parseLong(number), unit);
    }

    /**
     * Length of one period.
     *
     * @return the period as a duration
     */
    public Duration period() {
        return unit.duration;
    }

    @Override
    public String toString() {
        return requests + "/" + unit.name().toLowerCase(Locale.ROOT);
    }
}
