package io.myapi.web.error;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import io.myapi.web.correlation.CorrelationId;
import io.myapi.web.headers.SecurityHeaders;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on errors that never reach the application (requests Tomcat rejects
 * itself, such as a malformed request line or an unusable URI). Tomcat's own valve writes an
 * HTML page; this one writes our problem+json, with no server information (R25.1).
 */
public final class ProblemJsonErrorReportValve extends ErrorReportValve {

    private final ProblemFactory problems;
    private final JsonMapper jsonMapper;

    /**
     * Creates the valve.
     *
     * @param problems builds the body
     * @param jsonMapper serializes it
     */
    public ProblemJsonErrorReportValve(ProblemFactory problems, JsonMapper jsonMapper) {
        this.problems = problems;
        this.jsonMapper = jsonMapper;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** Tomcat's own (localized) message for a request header larger than the connector accepts. */
    private static final String HEADER_TOO_LARGE = org.apache.tomcat.util.res.StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    private static boolean isHeaderTooLarge(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException && HEADER_TOO_LARGE.equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == HttpServletResponse.SC_BAD_REQUEST && isHeaderTooLarge(throwable)) {
            // Tomcat answers an oversized request header with a bare 400; say what it was.
            status = ErrorCode.HEADERS_TOO_LARGE.status().value();
            response.setStatus(status);
        }
        ProblemDetail problem = problems.create(ErrorCode.forStatus(status), request.getRequest());
        problem.setStatus(status);
        try {
            response.setHeader(CorrelationId.HEADER, String.valueOf(problem.getProperties().get("correlation_id")));
            SecurityHeaders.apply(response, request.isSecure(), String.valueOf(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            OutputStream out = response.getOutputStream();
            out.write(jsonMapper.writeValueAsBytes(problem));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response cannot take a body: nothing more to do
        }
    }
}
