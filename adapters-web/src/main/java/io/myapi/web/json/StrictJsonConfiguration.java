package io.myapi.web.json;

import io.myapi.domain.shared.Secret;
import io.myapi.web.limits.RequestLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The strict JSON mapper behind every request and response body (R1.1, R14.1, R14.5):
 * snake_case names; unknown properties, duplicate keys, trailing tokens and null for primitives
 * rejected; no scalar coercion ({@code "1"} is not 1, 1 is not {@code true}, 1.5 is not an
 * integer, 1 is not a string); nesting depth, string and number length bounded while parsing,
 * before anything is bound. {@link Secret} values always serialize as {@value Secret#MASK}.
 *
 * <p>Spring Boot's customizers (from {@code spring.jackson.*}) run first, then the strict
 * settings, so configuration cannot loosen them.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    /** Deepest nesting of objects and arrays accepted by default (R26.3). */
    public static final int MAX_NESTING_DEPTH = 32;

    /** Most items of one JSON array accepted by default (R26.4). */
    public static final int MAX_ARRAY_ITEMS = 1000;

    /** Longest string value accepted by the parser; fields have tighter limits of their own. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    /** Longest number literal accepted, which also bounds BigDecimal/BigInteger parsing cost. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** Longest password, token or key accepted in a request body. */
    public static final int MAX_SECRET_LENGTH = 1024;

    /** Longest property name accepted. */
    public static final int MAX_NAME_LENGTH = 256;

    /**
     * The application's JSON mapper.
     *
     * @param customizers Spring Boot's and the application's builder customizers
     * @return the strict mapper
     */
    @Bean
    public JsonMapper jsonMapper(ObjectProvider<JsonMapperBuilderCustomizer> customizers, ObjectProvider<RequestLimits> limits) {
        RequestLimits chosen = limits.getIfAvailable(RequestLimits::defaults);
        JsonMapper.Builder builder = JsonMapper.builder(strictFactory(chosen.maxJsonDepth()));
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return applyStrictSettings(builder, chosen.maxArrayItems()).build();
    }

    /**
     * A strict mapper without Spring, for tests and tools.
     *
     * @return the strict mapper
     */
    public static JsonMapper strictMapper() {
        return applyStrictSettings(JsonMapper.builder(strictFactory(MAX_NESTING_DEPTH)), MAX_ARRAY_ITEMS).build();
    }

    private static JsonFactory strictFactory(int maxDepth) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private static JsonMapper.Builder applyStrictSettings(JsonMapper.Builder builder, int maxArrayItems) {
        SimpleModule secrets = new SimpleModule("myapi-secrets");
        secrets.addSerializer(Secret.class, new MaskedSecretSerializer());
        secrets.addDeserializer(Secret.class, new SecretDeserializer());
        return builder
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.POJO, config -> config
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .addModule(secrets)
                .addModule(ArraySizeLimit.module(maxArrayItems));
    }

    /** Writes every {@link Secret} as the mask, whatever it holds. */
    static final class MaskedSecretSerializer extends ValueSerializer<Secret> {
        @Override
        public void serialize(Secret value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(Secret.MASK);
        }
    }

    /** Reads a JSON string into a {@link Secret}, so passwords never sit in a plain {@code String} field. */
    static final class SecretDeserializer extends tools.jackson.databind.ValueDeserializer<Secret> {
        @Override
        public Secret deserialize(tools.jackson.core.JsonParser parser, tools.jackson.databind.DeserializationContext context) {
            if (parser.currentToken() != tools.jackson.core.JsonToken.VALUE_STRING) {
                return (Secret) context.handleUnexpectedToken(Secret.class, parser);
            }
            String value = parser.getString();
            if (value.length() > MAX_SECRET_LENGTH) {
                // Passwords, tokens and keys are all far shorter; a longer one would only cost hashing time.
                throw new InputBoundException(parser, "too_long", "At most " + MAX_SECRET_LENGTH + " characters are accepted.");
            }
            return Secret.of(value);
        }
    }
}
