package io.myapi.web.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every string and collection a client can send has a maximum of its own (R26.5, R14.2): each
 * record component of every {@code @RequestBody} of every controller (found by scanning, nested
 * records included) that is a {@code String} or a collection carries {@code @Size(max)} or
 * {@code @SafeText(max)}; secrets are bounded by the mapper.
 */
class RequestRecordBoundsTest {

    @Test
    @Tag("R26.5")
    @Tag("R14.2")
    void everyStringAndListFieldOfEveryRequestBodyIsBounded() throws Exception {
        // Every @RequestBody of every controller of the web adapter, and the records inside them.
        Set<Class<?>> bodies = new LinkedHashSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        for (BeanDefinition controller : scanner.findCandidateComponents("io.myapi.web")) {
            if (controller.getBeanClassName().startsWith("io.myapi.web.support.")) {
                continue; // the slice tests' probe controller, not part of the API
            }
            for (Method method : Class.forName(controller.getBeanClassName()).getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        collectRecords(parameter.getParameterizedType(), bodies);
                    }
                }
            }
        }
        List<String> unbounded = new ArrayList<>();
        int checked = 0;
        for (Class<?> record : bodies) {
            for (RecordComponent component : record.getRecordComponents()) {
                Class<?> type = component.getType();
                // Secret values are bounded by the mapper itself (StrictJsonConfiguration.MAX_SECRET_LENGTH).
                boolean needsBound = type == String.class || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
                if (!needsBound) {
                    continue;
                }
                checked++;
                if (!bounded(component.getAnnotatedType()) && !bounded(component)) {
                    unbounded.add(record.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(bodies).as("request bodies found").hasSizeGreaterThan(8);
        assertThat(checked).as("request fields inspected").isGreaterThan(10);
        assertThat(unbounded).as("request fields without a maximum").isEmpty();
    }

    /** The record behind a body type, and every record its components hold (lists of records included). */
    private static void collectRecords(Type type, Set<Class<?>> into) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collectRecords(argument, into);
            }
            collectRecords(parameterized.getRawType(), into);
        } else if (type instanceof Class<?> clazz && clazz.isRecord() && into.add(clazz)) {
            for (RecordComponent component : clazz.getRecordComponents()) {
                collectRecords(component.getGenericType(), into);
            }
        }
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
