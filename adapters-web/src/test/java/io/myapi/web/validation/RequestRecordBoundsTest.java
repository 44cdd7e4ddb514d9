package io.myapi.web.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every string and collection a client can send has a maximum of its own (R26.5, R14.2): each
 * record component of a request record that is a {@code String} or a collection carries
 * {@code @Size(max)} or {@code @SafeText(max)}; secrets are bounded by the mapper.
 */
class RequestRecordBoundsTest {

    /** The classes holding every request record of the web adapter. */
    private static final List<String> REQUEST_HOLDERS = List.of(
            "io.myapi.web.identity.IdentityRequests",
            "io.myapi.web.commerce.CommerceRequests",
            "io.myapi.web.ratelimit.IpBanController");

    @Test
    @Tag("R26.5")
    @Tag("R14.2")
    void everyStringAndListFieldOfEveryRequestRecordIsBounded() throws ClassNotFoundException {
        List<String> unbounded = new ArrayList<>();
        int checked = 0;
        for (String holder : REQUEST_HOLDERS) {
            for (Class<?> nested : Class.forName(holder).getDeclaredClasses()) {
                if (!nested.isRecord() || !isRequest(nested)) {
                    continue;
                }
                for (RecordComponent component : nested.getRecordComponents()) {
                    Class<?> type = component.getType();
                    // Secret values are bounded by the mapper itself (StrictJsonConfiguration.MAX_SECRET_LENGTH).
                    boolean needsBound = type == String.class || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
                    if (!needsBound) {
                        continue;
                    }
                    checked++;
                    if (!bounded(component.getAnnotatedType()) && !bounded(component)) {
                        unbounded.add(nested.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        assertThat(checked).as("request fields inspected").isGreaterThan(10);
        assertThat(unbounded).as("request fields without a maximum").isEmpty();
    }

    /** Records named like responses ({@code *Body}, {@code *List}, {@code *Page}) are not inputs. */
    private static boolean isRequest(Class<?> record) {
        String name = record.getSimpleName();
        return !name.endsWith("Body") && !name.endsWith("List") && !name.endsWith("Page");
    }

    private static boolean bounded(RecordComponent component) {
        Size size = component.getAccessor().getAnnotation(Size.class);
        SafeText safe = component.getAccessor().getAnnotation(SafeText.class);
        java.lang.reflect.Field field;
        try {
            field = component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            return false;
        }
        return size != null || safe != null || field.getAnnotation(Size.class) != null || field.getAnnotation(SafeText.class) != null;
    }

    private static boolean bounded(AnnotatedType type) {
        return type.getAnnotation(Size.class) != null || type.getAnnotation(SafeText.class) != null;
    }
}
