package io.myapi.application.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    /** It happened. */
    SUCCESS,
    /** It was attempted and failed (wrong password, reused token, spent budget). */
    FAILURE,
    /** It was refused for lack of permission. */
    DENIED,
    /** Read back from storage as something else: the record was altered (its hash cannot hold). */
    UNREADABLE
}
