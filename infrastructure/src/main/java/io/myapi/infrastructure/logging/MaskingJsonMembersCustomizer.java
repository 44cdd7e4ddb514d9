package io.myapi.infrastructure.logging;

import io.myapi.application.shared.SensitiveDataMasker;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.env.Environment;

/**
 * Masks every string value of every structured log line (message, key-value pairs, exception
 * message and stack trace) with {@link SensitiveDataMasker}, so that a careless log statement is
 * masked too (R19.2, R19.4, R19.6, R17.5). The timestamp is left alone. Installed by
 * {@code logging.structured.json.customizer}; extra patterns come from
 * {@code myapi.logging.mask-patterns}.
 */
public final class MaskingJsonMembersCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    /** Extra regular expressions to mask, as a list setting. */
    public static final String PATTERNS_PROPERTY = "myapi.logging.mask-patterns";

    private final SensitiveDataMasker masker;

    /**
     * Creates the customizer (Spring Boot's logging system supplies the environment).
     *
     * @param environment the application's environment
     */
    public MaskingJsonMembersCustomizer(Environment environment) {
        List<String> patterns = Binder.get(environment).bind(PATTERNS_PROPERTY, Bindable.listOf(String.class)).orElse(List.of());
        this.masker = SensitiveDataMasker.withPatterns(patterns);
    }

    /** Longest value written: a longer one (a hostile URI, a huge message) is cut before it is masked. */
    static final int MAX_VALUE_LENGTH = 32 * 1024;

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        JsonWriter.ValueProcessor<String> masking = JsonWriter.ValueProcessor.of(String.class,
                value -> masker.mask(value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) + "...[cut]" : value));
        members.applyingValueProcessor(masking.whenHasPath(path -> !"@timestamp".equals(path.toString())));
    }
}
