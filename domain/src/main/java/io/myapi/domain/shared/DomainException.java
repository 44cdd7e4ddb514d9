package io.myapi.domain.shared;

/**
 * Root of every exception the domain and application layers raise on purpose.
 *
 * <p>Each subclass carries a stable, upper-snake-case {@link #code()} that the web adapter maps
 * to an HTTP problem; the message is for logs and never reaches a client. Subclasses must not
 * put personal data or secrets in their message or fields.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message a log-only description
     */
    protected DomainException(String message) {
        super(message);
    }

    /**
     * Creates an exception that keeps its cause (R2.2).
     *
     * @param message a log-only description
     * @param cause the exception that led to this one
     */
    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The stable code of this kind of failure.
     *
     * @return an upper-snake-case code such as {@code INVALID_IDENTIFIER}
     */
    public abstract String code();
}
