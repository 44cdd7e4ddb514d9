package io.myapi.application.identity.port.out;

/** The two kinds of token; neither is accepted where the other is expected. */
public enum TokenType {
    /** Short-lived, sent with every request. */
    ACCESS,
    /** Single-use, exchanged for a new pair. */
    REFRESH
}
