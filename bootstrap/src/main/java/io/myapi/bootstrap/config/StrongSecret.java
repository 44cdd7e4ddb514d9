package io.myapi.bootstrap.config;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A cryptographic secret of at least 32 characters with real entropy (R7.4, R17.6); see
 * {@code SecretStrengthPolicy}. {@code null} is valid: whether a secret is required depends on
 * the environment and is checked by {@link SafeForEnvironment}.
 */
@Documented
@Constraint(validatedBy = StrongSecretValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface StrongSecret {

    /** @return the message, overridden by the policy's reason */
    String message() default "is too weak";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
