package io.myapi.web.openapi;

import io.myapi.web.headers.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * springdoc's transformation of Swagger UI's pages, plus this response's CSP nonce on every
 * {@code <script>} of {@code index.html}, so that the page runs under
 * {@code script-src 'nonce-...' 'strict-dynamic'} (R20.2). It decorates springdoc's own
 * transformer, whatever springdoc configures it with.
 */
public final class NonceSwaggerIndexTransformer implements SwaggerIndexTransformer {

    private final SwaggerIndexTransformer springdoc;

    /**
     * Decorates springdoc's transformer.
     *
     * @param springdoc the transformer springdoc configured
     */
    public NonceSwaggerIndexTransformer(SwaggerIndexTransformer springdoc) {
        this.springdoc = springdoc;
    }

    /**
     * Wraps springdoc's transformer bean when there is one (not in slice tests).
     *
     * @return the post-processor
     */
    public static BeanPostProcessor decorator() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof SwaggerIndexTransformer transformer && !(bean instanceof NonceSwaggerIndexTransformer)
                        ? new NonceSwaggerIndexTransformer(transformer)
                        : bean;
            }
        };
    }

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain) throws IOException {
        Resource transformed = springdoc.transform(request, resource, chain);
        Object nonce = request.getAttribute(SecurityHeaders.NONCE_ATTRIBUTE);
        if (!(nonce instanceof String value) || !"index.html".equals(resource.getFilename())) {
            return transformed;
        }
        String html = new String(transformed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new TransformedResource(resource, html.replace("<script ", "<script nonce=\"" + value + "\" ").getBytes(StandardCharsets.UTF_8));
    }
}
