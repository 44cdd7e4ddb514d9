package io.myapi.bootstrap.config;

import io.myapi.domain.shared.Secret;
import io.myapi.infrastructure.crypto.SecretStrengthPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link StrongSecret} with {@link SecretStrengthPolicy}; the message never quotes the secret. */
public final class StrongSecretValidator implements ConstraintValidator<StrongSecret, Secret> {

    private static final SecretStrengthPolicy POLICY = new SecretStrengthPolicy();

    @Override
    public boolean isValid(Secret value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> weakness = POLICY.weakness(value);
        if (weakness.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(weakness.get())).addConstraintViolation();
        return false;
    }

    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
