package io.myapi.application.shared;

import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.shared.InvalidIdentifierException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects violations while a use case checks its input, then fails once with all of them
 * (R5.2).
 */
public final class Violations {

    private final List<ValidationException.Violation> found;
    private final String prefix;

    /** Collects at the top level. */
    public Violations() {
        this(new ArrayList<>(), "");
    }

    private Violations(List<ValidationException.Violation> found, String prefix) {
        this.found = found;
        this.prefix = prefix;
    }

    /**
     * Builds a value, recording a violation instead of throwing. A field ending in {@code .} is a
     * prefix: the violated field's own name is appended ({@code price.} becomes {@code price.amount}).
     *
     * @param field the request field the value came from
     * @param factory builds the value, throwing {@link InvalidFieldException} or {@link InvalidIdentifierException}
     * @param <T> the value's type
     * @return the value, or empty if it was invalid
     */
    public <T> Optional<T> check(String field, Supplier<T> factory) {
        try {
            return Optional.of(factory.get());
        } catch (InvalidFieldException e) {
            add(field.isEmpty() || field.endsWith(".") ? field + e.field() : field, "invalid_value", e.getMessage());
            return Optional.empty();
        } catch (InvalidIdentifierException e) {
            add(field, "invalid_id", "is not a valid identifier");
            return Optional.empty();
        }
    }

    /**
     * Records a violation.
     *
     * @param field the request field
     * @param code the stable code
     * @param message the client-safe message
     */
    public void add(String field, String code, String message) {
        found.add(new ValidationException.Violation(prefix + field, code, message));
    }

    /**
     * A collector for the fields of an element, sharing this one's list.
     *
     * @param element such as {@code items[3].}
     * @return the nested collector
     */
    public Violations nested(String element) {
        return new Violations(found, prefix + element);
    }

    /**
     * Fails with every violation found, if any.
     *
     * @throws ValidationException if a violation was recorded
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
