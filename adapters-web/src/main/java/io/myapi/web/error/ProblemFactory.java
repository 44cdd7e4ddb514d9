package io.myapi.web.error;

import io.myapi.web.correlation.CorrelationId;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.ProblemDetail;

/**
 * Builds every problem body the API sends, so that they all share one shape: {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance}, and the extension members
 * {@code error_code}, {@code correlation_id}, {@code timestamp} and, for validation,
 * {@code errors} (R2.1, R2.3, R2.4).
 */
public final class ProblemFactory {

    private final Clock clock;

    /**
     * Creates the factory.
     *
     * @param clock source of the {@code timestamp} member
     */
    public ProblemFactory(Clock clock) {
        this.clock = clock;
    }

    /**
     * A problem with the code's generic detail.
     *
     * @param code what went wrong
     * @param request the request being answered
     * @return the problem body
     */
    public ProblemDetail create(ErrorCode code, HttpServletRequest request) {
        return create(code, code.detail(), List.of(), request);
    }

    /**
     * A problem with a hand-written detail and field errors.
     *
     * @param code what went wrong
     * @param detail a fixed, client-safe explanation; never an exception message
     * @param errors field-level violations, possibly empty
     * @param request the request being answered
     * @return the problem body
     */
    public ProblemDetail create(ErrorCode code, String detail, List<FieldViolation> errors, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setType(code.type());
        problem.setTitle(code.title());
        problem.setProperty("error_code", code.name());
        problem.setProperty("correlation_id", CorrelationId.of(request));
        problem.setProperty("timestamp", Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", List.copyOf(errors));
        }
        return problem;
    }
}
