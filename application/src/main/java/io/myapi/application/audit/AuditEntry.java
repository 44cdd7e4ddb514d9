package io.myapi.application.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What an audit record says, before it is sealed into the chain (R19.1, R19.3).
 *
 * @param occurredAt when
 * @param actorId who acted: a user id, or {@code anonymous}
 * @param action the event type, such as {@code LOGIN_FAILED}
 * @param subject the user, key or session concerned
 * @param resource {@code <method> <path>} of the request, or {@code -} outside a request
 * @param outcome success, failure or denial
 * @param ip the client address, or {@code unknown}
 * @param userAgent the client's user agent, or {@code unknown}
 * @param location where the address is, or {@code unknown} (never a guess)
 * @param detail a short detail without personal data or secrets
 */
public record AuditEntry(Instant occurredAt, String actorId, String action, String subject, String resource, AuditOutcome outcome,
        String ip, String userAgent, String location, String detail) {

    /**
     * Checks presence.
     *
     * @param occurredAt when
     * @param actorId who
     * @param action what
     * @param subject concerning whom
     * @param resource where
     * @param outcome how it ended
     * @param ip from which address
     * @param userAgent with which client
     * @param location from where
     * @param detail more
     */
    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(detail, "detail");
    }
}
