package io.myapi.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bounded string made only of an allowed class of characters (R14.2, R26.5). Length is
 * counted in Unicode code points. Control characters, bidirectional overrides and unpaired
 * surrogates are never allowed, whatever the class. {@code null} is valid (combine with
 * {@code @NotNull} when required).
 */
@Documented
@Constraint(validatedBy = SafeTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SafeText {

    /** @return the message; it never quotes the value */
    String message() default "must be at most {max} characters of the allowed kind ({allow})";

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};

    /** @return the fewest code points allowed */
    int min() default 0;

    /** @return the most code points allowed */
    int max();

    /** @return which characters are allowed */
    CharacterClass allow() default CharacterClass.PRINTABLE;

    /** The character white-lists. */
    enum CharacterClass {
        /** Letters, digits, spaces and {@code _ -}: names of things in URLs and keys. */
        IDENTIFIER,
        /** Letters, combining marks, digits, spaces and {@code ' - . ,}: names of people. */
        NAME,
        /** Any printable character, including new lines and tabs: free text. */
        PRINTABLE
    }
}
