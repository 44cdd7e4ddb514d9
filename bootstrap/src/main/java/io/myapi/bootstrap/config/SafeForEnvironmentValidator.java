package io.myapi.bootstrap.config;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks {@link SafeForEnvironment}. Wildcard CORS in development is allowed, with a warning (R1.2). */
public final class SafeForEnvironmentValidator implements ConstraintValidator<SafeForEnvironment, MyApiProperties> {

    private static final Logger LOG = LoggerFactory.getLogger(SafeForEnvironmentValidator.class);

    @Override
    public boolean isValid(MyApiProperties settings, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        boolean wildcard = settings.security().cors().allowedOrigins().stream().anyMatch(origin -> origin.contains("*"));
        if (!settings.environment().isStrict()) {
            if (wildcard) {
                LOG.warn("SECURITY: wildcard CORS origin configured (myapi.security.cors.allowed-origins); refused outside development");
            }
            return true;
        }
        boolean valid = true;
        if (settings.database().url() == null || settings.database().url().isBlank()) {
            valid = violation(context, "is required in " + name(settings), "database", "url");
        }
        if (settings.redis().url() == null || settings.redis().url().isEmpty()) {
            valid = violation(context, "is required in " + name(settings), "redis", "url");
        }
        if (settings.security().jwt().algorithm().symmetric() && settings.security().jwt().secret() == null) {
            valid = violation(context, "is required in " + name(settings) + " (generate one with: openssl rand -base64 48)",
                    "security", "jwt", "secret");
        }
        if (wildcard) {
            LOG.warn("SECURITY: wildcard CORS origin refused in {}", name(settings));
            valid = violation(context, "must list exact origins; a wildcard is refused in " + name(settings),
                    "security", "cors", "allowed-origins");
        }
        if (settings.debug()) {
            LOG.warn("SECURITY: debug mode requested in {}; refusing to start", name(settings));
            valid = violation(context, "must be false in " + name(settings) + ": debug detail is never served there", "debug");
        }
        return valid;
    }

    private static String name(MyApiProperties settings) {
        return settings.environment().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean violation(ConstraintValidatorContext context, String message, String... path) {
        ConstraintValidatorContext.ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(message);
        ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext node = builder.addPropertyNode(path[0]);
        for (int i = 1; i < path.length; i++) {
            node = node.addPropertyNode(path[i]);
        }
        node.addConstraintViolation();
        return false;
    }
}
