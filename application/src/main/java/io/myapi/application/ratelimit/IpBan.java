package io.myapi.application.ratelimit;

import java.time.Instant;
import java.util.Objects;

/**
 * A client address refused until a time (R16.6).
 *
 * @param ip the banned address, normalized by {@link IpAddresses#normalize(String)}
 * @param createdAt when the ban started
 * @param until when it ends by itself
 * @param source who set it
 * @param reason a short reason without personal data
 */
public record IpBan(String ip, Instant createdAt, Instant until, Source source, String reason) {

    /** Who set a ban. */
    public enum Source {
        /** Set by abuse protection after repeated violations. */
        AUTOMATIC,
        /** Set by an administrator. */
        ADMINISTRATOR
    }

    /**
     * Validates the parts.
     *
     * @param ip the address
     * @param createdAt the start
     * @param until the end, after the start
     * @param source who set it
     * @param reason why
     */
    public IpBan {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        if (!until.isAfter(createdAt)) {
            throw new IllegalArgumentException("a ban must end after it starts");
        }
    }

    /**
     * Whether the ban still applies.
     *
     * @param now the current time
     * @return {@code true} before {@link #until()}
     */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(until);
    }
}
