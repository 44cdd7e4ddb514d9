package io.myapi.web.security;

import io.myapi.web.error.ErrorCode;
import io.myapi.web.error.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Answers a denied request. An authenticated caller learns that a path does not exist (404) or
 * does not take that method (405), as the product contract asks; a caller with a pending forced
 * reset gets {@code PASSWORD_RESET_REQUIRED}; everyone else {@code ACCESS_DENIED}.
 */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponseWriter writer;
    private final ObjectProvider<RequestMappingInfoHandlerMapping> handlers;

    /**
     * Creates the handler.
     *
     * @param writer writes the problem
     * @param handlers the MVC handler mapping, to tell an unknown route from a forbidden one
     */
    public ProblemAccessDeniedHandler(ProblemResponseWriter writer, ObjectProvider<RequestMappingInfoHandlerMapping> handlers) {
        this.writer = writer;
        this.handlers = handlers;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication caller && caller.caller().passwordChangeRequired()) {
            writer.write(ErrorCode.PASSWORD_RESET_REQUIRED, request, response);
            return;
        }
        ErrorCode status = routeStatus(request, response);
        writer.write(status, request, response);
    }

    /** Asks every request-mapping handler mapping (the application's and the actuator's) about the route. */
    private ErrorCode routeStatus(HttpServletRequest request, HttpServletResponse response) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        ErrorCode status = ErrorCode.NOT_FOUND;
        for (RequestMappingInfoHandlerMapping mapping : handlers.orderedStream().toList()) {
            try {
                HandlerExecutionChain handler = mapping.getHandler(request);
                if (handler != null) {
                    return ErrorCode.ACCESS_DENIED;
                }
            } catch (HttpRequestMethodNotSupportedException e) {
                status = ErrorCode.METHOD_NOT_ALLOWED;
                if (e.getSupportedHttpMethods() != null) {
                    response.setHeader(HttpHeaders.ALLOW, String.join(", ",
                            e.getSupportedHttpMethods().stream().map(HttpMethod::name).toList()));
                }
            } catch (Exception e) {
                // Any other mismatch (media types, parameters) means the route exists.
                return ErrorCode.ACCESS_DENIED;
            }
        }
        return status;
    }
}
