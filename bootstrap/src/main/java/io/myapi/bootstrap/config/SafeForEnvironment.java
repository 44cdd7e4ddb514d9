package io.myapi.bootstrap.config;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Staging and production refuse to start without their own database, Redis and signing secret,
 * with a wildcard CORS origin, or with debug on; each violation names its property.
 */
@Documented
@Constraint(validatedBy = SafeForEnvironmentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SafeForEnvironment {

    /** @return the default message (each violation sets its own) */
    String message() default "is not safe for this environment";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
