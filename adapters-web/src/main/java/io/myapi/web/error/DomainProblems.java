package io.myapi.web.error;

import io.myapi.application.identity.WeakPasswordException;
import io.myapi.application.shared.ValidationException;
import io.myapi.domain.shared.DomainException;
import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.shared.InvalidIdentifierException;
import io.myapi.domain.user.InvalidEmailException;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a domain or application exception into the problem a client sees: its error code, a
 * fixed detail and field errors. Nothing is taken from the exception's message.
 */
public final class DomainProblems {

    /**
     * What the client sees.
     *
     * @param code the error code
     * @param detail the fixed detail
     * @param errors field errors, possibly none
     */
    public record Mapped(ErrorCode code, String detail, List<FieldViolation> errors) {
    }

    private DomainProblems() {
    }

    /**
     * Maps an exception; a code with the same name as an {@link ErrorCode} maps to it.
     *
     * @param exception the exception
     * @return the problem parts
     */
    public static Mapped map(DomainException exception) {
        if (exception instanceof InvalidIdentifierException) {
            return new Mapped(ErrorCode.VALIDATION_FAILED, "An identifier is not a valid ULID.", List.of());
        }
        if (exception instanceof InvalidEmailException) {
            return validation(new FieldViolation("email", "invalid_email", "must be a valid email address"));
        }
        if (exception instanceof InvalidFieldException invalid) {
            return validation(new FieldViolation(invalid.field(), "invalid", "is not acceptable"));
        }
        if (exception instanceof ValidationException validation) {
            return new Mapped(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.detail(), validation.violations().stream()
                    .map(v -> new FieldViolation(v.field(), v.code(), v.message()))
                    .toList());
        }
        if (exception instanceof WeakPasswordException weak) {
            List<FieldViolation> errors = weak.broken().stream()
                    .map(rule -> new FieldViolation(weak.field(), "password_" + rule.name().toLowerCase(java.util.Locale.ROOT), rule.message()))
                    .toList();
            return new Mapped(ErrorCode.WEAK_PASSWORD, ErrorCode.WEAK_PASSWORD.detail(), errors);
        }
        ErrorCode code = Arrays.stream(ErrorCode.values())
                .filter(candidate -> candidate.name().equals(exception.code()))
                .findFirst()
                .orElse(ErrorCode.BAD_REQUEST);
        return new Mapped(code, code.detail(), List.of());
    }

    private static Mapped validation(FieldViolation violation) {
        return new Mapped(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.detail(), List.of(violation));
    }
}
