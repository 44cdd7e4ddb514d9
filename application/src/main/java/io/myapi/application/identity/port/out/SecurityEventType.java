package io.myapi.application.identity.port.out;

/** Kinds of security event the identity use cases report. */
public enum SecurityEventType {
    /** A user registered. */
    USER_REGISTERED,
    /** A login succeeded. */
    LOGIN_SUCCEEDED,
    /** A login failed. */
    LOGIN_FAILED,
    /** A token or API key was refused. */
    TOKEN_REJECTED,
    /** A spent refresh token came back: its session was revoked (R13.6). */
    REFRESH_TOKEN_REUSED,
    /** A session ended by logout or revocation. */
    SESSION_ENDED,
    /** A login while other sessions are active, under the notify policy (R28.6). */
    CONCURRENT_SESSION,
    /** A password was changed. */
    PASSWORD_CHANGED,
    /** An administrator forced a password reset (R18.6). */
    PASSWORD_RESET_FORCED,
    /** An administrator changed roles. */
    ROLES_CHANGED,
    /** An API key was created. */
    API_KEY_CREATED,
    /** An API key was revoked. */
    API_KEY_REVOKED,
    /** A request was authenticated with an API key (R37.5). */
    API_KEY_USED,
    /** A refresh token was exchanged for a new pair (R13.5). */
    TOKEN_REFRESHED,
    /** An authenticated caller was refused for lack of permission (R36.3). */
    ACCESS_DENIED,
    /** An administrator changed a user's subscription tier. */
    SUBSCRIPTION_TIER_CHANGED,
    /** A client spent a request budget (R16.2). */
    RATE_LIMITED,
    /** An IP address was banned, automatically or by an administrator (R16.6). */
    IP_BANNED,
    /** An administrator lifted an IP ban. */
    IP_BAN_LIFTED
}
