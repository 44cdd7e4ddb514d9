package io.myapi.web.openapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.myapi.web.security.CredentialAuthenticationFilter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui/index.html}):
 * generated from the controllers, with the two credentials the API accepts.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** Name of the bearer-token scheme. */
    public static final String BEARER = "bearer";

    /** Name of the API key scheme. */
    public static final String API_KEY = "apiKey";

    /** Name of the shared error schema. */
    public static final String PROBLEM = "Problem";

    /** Property names as the strict mapper writes them: snake_case. */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    /** Swagger UI's page with this response's CSP nonce on its scripts. */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor nonceSwaggerIndexTransformer() {
        return NonceSwaggerIndexTransformer.decorator();
    }

    /** Every operation may answer an RFC 9457 problem, and 429 when its rate-limit budget is spent. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            Content problem = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            operation.getResponses().addApiResponse("429", new ApiResponse()
                    .description("RATE_LIMITED: the budget named in RateLimit-Policy is spent or a penalty runs; retry after Retry-After seconds")
                    .addHeaderObject("Retry-After", header("Seconds until a retry can succeed", "integer"))
                    .addHeaderObject("RateLimit-Policy", header("The budget: \"<name>\";q=<quota>;w=<window seconds>", "string"))
                    .addHeaderObject("RateLimit", header("What remains: \"<name>\";r=<remaining>;t=<seconds until full>", "string"))
                    .content(problem));
            operation.getResponses().addApiResponse("default", new ApiResponse()
                    .description("Error: application/problem+json with a stable error_code (see the README's catalogue)")
                    .content(problem));
            return operation;
        };
    }

    private static io.swagger.v3.oas.models.headers.Header header(String description, String type) {
        return new io.swagger.v3.oas.models.headers.Header().description(description).schema(new Schema<>().type(type));
    }

    @Bean
    OpenAPI myApiOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("my-api")
                        .version("v1")
                        .description("Commerce back end: catalogue, orders, webhooks. Errors are RFC 9457 "
                                + "application/problem+json with a stable error_code."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("Access token from POST /api/v1/auth/login or /refresh"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                                .name(CredentialAuthenticationFilter.API_KEY_HEADER)
                                .description("API key from POST /api/v1/api-keys"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("error_code", new StringSchema())
                .addProperty("correlation_id", new StringSchema())
                .addProperty("timestamp", new StringSchema().format("date-time"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("code", new StringSchema())
                        .addProperty("message", new StringSchema())));
    }
}
