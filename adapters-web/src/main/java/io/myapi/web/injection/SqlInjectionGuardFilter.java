package io.myapi.web.injection;

import io.myapi.web.error.ErrorCode;
import io.myapi.web.error.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose query parameters or path segments carry an SQL-injection signature with
 * 400 {@code SUSPICIOUS_INPUT}, and logs a security event naming the rule and the parameter,
 * never the value. Free-text parameters (the product search {@code q}) are left alone: words
 * such as "select" or quotes are legitimate there, and the queries are parameterised anyway.
 */
public final class SqlInjectionGuardFilter extends OncePerRequestFilter {

    /** Query parameters that carry free text. */
    public static final Set<String> FREE_TEXT_PARAMETERS = Set.of("q");

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    private final ProblemResponseWriter writer;

    /**
     * Creates the filter.
     *
     * @param writer writes the 400 problem
     */
    public SqlInjectionGuardFilter(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String[]> finding = inspect(request);
        if (finding.isPresent()) {
            SECURITY.atWarn()
                    .addKeyValue("event_type", "SQL_INJECTION_SUSPECTED")
                    .addKeyValue("rule", finding.get()[0])
                    .addKeyValue("location", finding.get()[1])
                    .addKeyValue("ip", request.getRemoteAddr())
                    .log("security event SQL_INJECTION_SUSPECTED: request refused");
            writer.write(ErrorCode.SUSPICIOUS_INPUT, request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<String[]> inspect(HttpServletRequest request) {
        for (String segment : request.getRequestURI().split("/")) {
            Optional<SqlInjectionSignatures.Rule> rule = SqlInjectionSignatures.match(decode(segment));
            if (rule.isPresent()) {
                return Optional.of(new String[] {rule.get().name(), "path"});
            }
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (FREE_TEXT_PARAMETERS.contains(parameter.getKey())) {
                continue;
            }
            for (String value : parameter.getValue()) {
                Optional<SqlInjectionSignatures.Rule> rule = SqlInjectionSignatures.match(value);
                if (rule.isPresent()) {
                    return Optional.of(new String[] {rule.get().name(), "query:" + safeName(parameter.getKey())});
                }
            }
        }
        return Optional.empty();
    }

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    /** Parameter names are client input too: logged only when they look like names. */
    private static String safeName(String name) {
        return name.matches("[A-Za-z0-9_.-]{1,40}") ? name : "(unprintable)";
    }
}
