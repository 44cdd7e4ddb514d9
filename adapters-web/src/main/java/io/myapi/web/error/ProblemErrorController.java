package io.myapi.web.error;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code BasicErrorController}: errors that escape Spring MVC (exceptions
 * thrown by filters, {@code sendError} calls, servlet-container errors) come out as the same
 * problem+json as every other error, never as Boot's JSON or an HTML page.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemResponseWriter writer;

    /**
     * Creates the controller.
     *
     * @param writer writes the problem body
     */
    public ProblemErrorController(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    /**
     * Answers every error dispatch, whatever the method or {@code Accept} header.
     *
     * @param request the error dispatch
     * @param response the response to fill
     * @throws IOException if the client connection fails
     */
    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer value ? value : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        ErrorCode code;
        if (exception instanceof Throwable failure) {
            code = status >= 500 || status < 400 ? ExceptionClassifier.classify(failure) : ErrorCode.forStatus(status);
            LOG.error("request failed outside Spring MVC, answered as {}", code, failure);
        } else {
            code = ErrorCode.forStatus(status);
        }
        if (code == ErrorCode.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, ProblemHeaders.RETRY_AFTER_SECONDS);
        }
        writer.write(code, request, response);
    }
}
