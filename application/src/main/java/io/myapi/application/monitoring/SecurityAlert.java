package io.myapi.application.monitoring;

import java.time.Instant;
import java.util.Objects;

/**
 * An alert for the security team.
 *
 * @param kind what was detected
 * @param subject the account (an id), address or session concerned
 * @param detail a short explanation without personal data or secrets
 * @param occurredAt when it was detected
 */
public record SecurityAlert(Kind kind, String subject, String detail, Instant occurredAt) {

    /** What an alert is about. */
    public enum Kind {
        /** Authentication failures for one account passed the threshold. */
        ACCOUNT_FAILURE_BURST,
        /** Authentication failures from one address passed the threshold. */
        ADDRESS_FAILURE_BURST,
        /** A spent refresh token was presented again: a stolen token is likely. */
        REFRESH_TOKEN_REUSE,
        /** An address was banned. */
        ADDRESS_BANNED
    }

    /**
     * Checks presence.
     *
     * @param kind what
     * @param subject concerning whom
     * @param detail more
     * @param occurredAt when
     */
    public SecurityAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
