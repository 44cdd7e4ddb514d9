package io.myapi.application.identity.port.out;

/** What happened when a refresh token was spent. */
public enum RefreshOutcome {
    /** It was the current one and has been replaced. */
    ROTATED,
    /** The session exists but that token was already spent: a replay. */
    REUSED,
    /** No such session (ended, revoked or expired). */
    MISSING
}
