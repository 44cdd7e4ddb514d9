package io.myapi.web.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for code that runs outside Spring MVC:
 * the security filter chain, other filters and the error controller.
 */
public final class ProblemResponseWriter {

    private final ProblemFactory problems;
    private final JsonMapper jsonMapper;

    /**
     * Creates the writer.
     *
     * @param problems builds the body
     * @param jsonMapper serializes it, with the same settings as MVC responses
     */
    public ProblemResponseWriter(ProblemFactory problems, JsonMapper jsonMapper) {
        this.problems = problems;
        this.jsonMapper = jsonMapper;
    }

    /**
     * Writes the problem for {@code code}, unless the response is already committed.
     *
     * @param code what went wrong
     * @param request the request being answered
     * @param response where to write
     * @throws IOException if the client connection fails
     */
    public void write(ErrorCode code, HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(problems.create(code, request), request, response);
    }

    /**
     * Writes a prepared problem, unless the response is already committed.
     *
     * @param problem the body
     * @param request the request being answered
     * @param response where to write
     * @throws IOException if the client connection fails
     */
    public void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(problem));
        response.flushBuffer();
    }
}
