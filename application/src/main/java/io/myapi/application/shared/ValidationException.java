package io.myapi.application.shared;

import io.myapi.domain.shared.DomainException;
import java.util.List;

/** Raised with every business-rule violation of a request at once (R5.2). */
public final class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "VALIDATION_FAILED";

    /**
     * One violation.
     *
     * @param field the request field, in the API's snake_case, with indexes ({@code lines[2].quantity})
     * @param code a stable snake_case code
     * @param message a client-safe explanation that does not repeat the value
     */
    public record Violation(String field, String code, String message) {
    }

    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations at least one violation
     */
    public ValidationException(List<Violation> violations) {
        super("request violates " + violations.size() + " rule(s)");
        this.violations = List.copyOf(violations);
    }

    /**
     * Every violation.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String code() {
        return CODE;
    }
}
