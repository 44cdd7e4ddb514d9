package io.myapi.web.ratelimit;

import io.myapi.application.ratelimit.Budget;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.springframework.http.HttpHeaders;

/**
 * The IETF rate-limit headers (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy}
 * names the budget with its quota {@code q} per window {@code w} seconds; {@code RateLimit}
 * gives what remains, {@code r}, and the seconds {@code t} until the budget is whole again.
 * On a refusal, {@code Retry-After} is the wait until a retry can succeed, rounded up.
 */
public final class RateLimitHeaders {

    /** The policy header. */
    public static final String POLICY = "RateLimit-Policy";

    /** The state header. */
    public static final String STATE = "RateLimit";

    private RateLimitHeaders() {
    }

    /**
     * Writes the policy and state headers.
     *
     * @param budget the budget
     * @param remaining requests left
     * @param reset wait until the budget is full
     * @param header receives each header
     */
    public static void state(Budget budget, long remaining, Duration reset, BiConsumer<String, String> header) {
        header.accept(POLICY, "\"" + budget.name() + "\";q=" + budget.limit().requests() + ";w=" + budget.limit().period().toSeconds());
        header.accept(STATE, "\"" + budget.name() + "\";r=" + remaining + ";t=" + seconds(reset));
    }

    /**
     * Writes {@code Retry-After}.
     *
     * @param wait the wait, rounded up to whole seconds and at least one
     * @param header receives the header
     */
    public static void retryAfter(Duration wait, BiConsumer<String, String> header) {
        header.accept(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds(wait))));
    }

    private static long seconds(Duration duration) {
        long seconds = duration.toSeconds();
        return duration.minusSeconds(seconds).isZero() ? seconds : seconds + 1;
    }
}
