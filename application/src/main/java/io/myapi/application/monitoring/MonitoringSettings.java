package io.myapi.application.monitoring;

import io.myapi.application.ratelimit.RateLimit;
import java.util.Objects;

/**
 * Alert thresholds, in the rate-limit format: {@code 10/minute} means the 11th failure within
 * a minute raises an alert (then at most one alert per subject per period).
 *
 * @param failuresPerAccount authentication failures of one account
 * @param failuresPerAddress authentication failures from one address
 */
public record MonitoringSettings(RateLimit failuresPerAccount, RateLimit failuresPerAddress) {

    /**
     * Checks presence.
     *
     * @param failuresPerAccount per account
     * @param failuresPerAddress per address
     */
    public MonitoringSettings {
        Objects.requireNonNull(failuresPerAccount, "failuresPerAccount");
        Objects.requireNonNull(failuresPerAddress, "failuresPerAddress");
    }
}
