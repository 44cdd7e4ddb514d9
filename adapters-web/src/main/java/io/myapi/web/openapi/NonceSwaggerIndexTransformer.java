package io.myapi.web.openapi;

import io.myapi.web.headers.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * springdoc's transformation of Swagger UI's pages, plus this response's CSP nonce on every
 * {@code <script>} of {@code index.html}, so that the page runs under
 * {@code script-src 'nonce-...' 'strict-dynamic'} (R20.2).
 */
public final class NonceSwaggerIndexTransformer extends SwaggerIndexPageTransformer {

    /**
     * Creates the transformer with springdoc's collaborators.
     *
     * @param config Swagger UI settings
     * @param oauth Swagger UI OAuth settings
     * @param welcome springdoc's welcome-page support
     * @param mappers springdoc's object mapper
     */
    public NonceSwaggerIndexTransformer(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth, SwaggerWelcomeCommon welcome,
            ObjectMapperProvider mappers) {
        super(config, oauth, welcome, mappers);
    }

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain) throws IOException {
        Resource transformed = super.transform(request, resource, chain);
        Object nonce = request.getAttribute(SecurityHeaders.NONCE_ATTRIBUTE);
        if (!(nonce instanceof String value) || !"index.html".equals(resource.getFilename())) {
            return transformed;
        }
        String html = new String(transformed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new TransformedResource(resource, html.replace("<script ", "<script nonce=\"" + value + "\" ").getBytes(StandardCharsets.UTF_8));
    }
}
