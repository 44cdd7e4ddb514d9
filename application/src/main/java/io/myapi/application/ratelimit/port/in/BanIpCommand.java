package io.myapi.application.ratelimit.port.in;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrator's ban.
 *
 * @param ip the address as given (validated by the use case)
 * @param duration how long; the configured ban duration when empty
 * @param reason a short reason
 */
public record BanIpCommand(String ip, Optional<Duration> duration, String reason) {

    /**
     * Checks presence.
     *
     * @param ip the address
     * @param duration the duration, if given
     * @param reason the reason
     */
    public BanIpCommand {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(reason, "reason");
    }
}
