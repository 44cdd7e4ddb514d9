package io.myapi.application.identity.port.out;

/** Kinds of security event the identity use cases report. */
public enum SecurityEventType {
    /** A user registered. */
    USER_REGISTERED(Severity.INFO),
    /** A login succeeded. */
    LOGIN_SUCCEEDED(Severity.INFO),
    /** A login failed. */
    LOGIN_FAILED(Severity.WARNING),
    /** A token or API key was refused. */
    TOKEN_REJECTED(Severity.WARNING),
    /** A spent refresh token came back: its session was revoked (R13.6). */
    REFRESH_TOKEN_REUSED(Severity.CRITICAL),
    /** A session ended by logout or revocation. */
    SESSION_ENDED(Severity.INFO),
    /** A login while other sessions are active, under the notify policy (R28.6). */
    CONCURRENT_SESSION(Severity.NOTICE),
    /** A password was changed. */
    PASSWORD_CHANGED(Severity.NOTICE),
    /** An administrator forced a password reset (R18.6). */
    PASSWORD_RESET_FORCED(Severity.NOTICE),
    /** An administrator changed roles. */
    ROLES_CHANGED(Severity.NOTICE),
    /** An API key was created. */
    API_KEY_CREATED(Severity.NOTICE),
    /** An API key was revoked. */
    API_KEY_REVOKED(Severity.NOTICE),
    /** A request was authenticated with an API key (R37.5). */
    API_KEY_USED(Severity.INFO),
    /** A refresh token was exchanged for a new pair (R13.5). */
    TOKEN_REFRESHED(Severity.INFO),
    /** An authenticated caller was refused for lack of permission (R36.3). */
    ACCESS_DENIED(Severity.WARNING),
    /** An administrator changed a user's subscription tier. */
    SUBSCRIPTION_TIER_CHANGED(Severity.NOTICE),
    /** A client spent a request budget (R16.2). */
    RATE_LIMITED(Severity.WARNING),
    /** An IP address was banned, automatically or by an administrator (R16.6). */
    IP_BANNED(Severity.CRITICAL),
    /** An administrator lifted an IP ban. */
    IP_BAN_LIFTED(Severity.NOTICE);

    /** How urgent an event is for the security team (R36.1). */
    public enum Severity {
        /** Routine. */
        INFO,
        /** A change worth knowing about. */
        NOTICE,
        /** A refusal that may be an attack. */
        WARNING,
        /** An attack in progress or its consequence. */
        CRITICAL
    }

    private final Severity severity;

    SecurityEventType(Severity severity) {
        this.severity = severity;
    }

    /**
     * How urgent the event is.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }
}
