package io.myapi.web.security;

import io.myapi.web.error.ErrorCode;
import io.myapi.web.error.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import io.myapi.application.audit.port.in.RecordAuditEventUseCase;
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

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    /** The rule table with its patterns parsed once, to name what a denied request required. */
    private static final List<CompiledRule> RULES = EndpointRules.ALL.stream()
            .map(rule -> new CompiledRule(rule, PathPatternParser.defaultInstance.parse(rule.pattern())))
            .toList();

    private record CompiledRule(EndpointRule rule, PathPattern pattern) {
    }

    private final ProblemResponseWriter writer;
    private final ObjectProvider<RequestMappingInfoHandlerMapping> handlers;
    private final RecordAuditEventUseCase audit;

    /**
     * Creates the handler.
     *
     * @param writer writes the problem
     * @param handlers the MVC handler mapping, to tell an unknown route from a forbidden one
     * @param audit the audit trail denials go on
     */
    public ProblemAccessDeniedHandler(ProblemResponseWriter writer, ObjectProvider<RequestMappingInfoHandlerMapping> handlers,
            RecordAuditEventUseCase audit) {
        this.writer = writer;
        this.handlers = handlers;
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication caller && caller.caller().passwordChangeRequired()) {
            logDenial(request, authentication, "password reset pending");
            writer.write(ErrorCode.PASSWORD_RESET_REQUIRED, request, response);
            return;
        }
        ErrorCode status = routeStatus(request, response);
        if (status == ErrorCode.ACCESS_DENIED) {
            logDenial(request, authentication, requirementOf(request));
        }
        writer.write(status, request, response);
    }

    /** An authorization failure as a security event and an audit record, with the resource and what it requires (R36.3). */
    private void logDenial(HttpServletRequest request, @org.jspecify.annotations.Nullable Authentication authentication,
            String required) {
        SECURITY.atWarn()
                .addKeyValue("event_type", "ACCESS_DENIED")
                .addKeyValue("user_id", authentication == null ? "anonymous" : authentication.getName())
                .addKeyValue("method", request.getMethod())
                .addKeyValue("resource", request.getRequestURI())
                .addKeyValue("required", required)
                .log("security event ACCESS_DENIED: caller lacks what the endpoint requires");
        audit.auditAccessDenied(authentication == null ? "anonymous" : authentication.getName(), required);
    }

    private static String requirementOf(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return RULES.stream()
                .filter(rule -> rule.rule().method().matches(request.getMethod()) && rule.pattern().matches(path))
                .findFirst()
                .map(rule -> rule.rule().anyOf().isEmpty() ? rule.rule().access().name()
                        : rule.rule().access().name() + ":" + rule.rule().anyOf().stream().map(Enum::name).sorted()
                                .collect(java.util.stream.Collectors.joining("|")))
                .orElse("no rule (closed)");
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
