package io.myapi.web.error;

import io.myapi.application.ratelimit.RateLimitedException;
import io.myapi.domain.shared.DomainException;
import io.myapi.web.json.InputBoundException;
import io.myapi.web.limits.RequestBodyTimeoutException;
import io.myapi.application.shared.RequestDeadline;
import io.myapi.web.ratelimit.RateLimitHeaders;
import io.myapi.web.limits.RequestBodyTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Maps every exception that reaches Spring MVC to our problem+json shape (R2.1-R2.5,
 * R25.1-R25.4, R14.6). Details are hand-written per code; exception messages go to the log
 * only. Unexpected exceptions are logged once, with their full stack trace, at ERROR.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemFactory problems;

    /**
     * Creates the handler.
     *
     * @param problems builds the bodies
     */
    public ApiExceptionHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    /**
     * Domain rule violations raised on purpose.
     *
     * @param exception the violation
     * @param request the request being answered
     * @return the problem response
     */
    @ExceptionHandler(DomainException.class)
    public ResponseEntity<ProblemDetail> handleDomain(DomainException exception, HttpServletRequest request) {
        LOG.info("request rejected by a domain rule: code={}", exception.code());
        DomainProblems.Mapped mapped = DomainProblems.map(exception);
        if (exception instanceof RateLimitedException limited) {
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(mapped.code().status());
            RateLimitHeaders.state(limited.budget(), 0, limited.retryAfter(), builder::header);
            RateLimitHeaders.retryAfter(limited.retryAfter(), builder::header);
            return builder.body(problems.create(mapped.code(), mapped.detail(), mapped.errors(), request));
        }
        return respond(mapped.code(), mapped.detail(), mapped.errors(), request);
    }

    /**
     * Everything nobody planned for: logged in full, answered generically.
     *
     * @param exception the failure
     * @param request the request being answered
     * @return the problem response
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> handleUnexpected(Exception exception, HttpServletRequest request) {
        if (RequestDeadline.passed() && isTimeout(exception)) {
            // A statement the database cancelled when its transaction's time (the request's) ran out.
            LOG.error("request abandoned at its deadline", exception);
            return respond(ErrorCode.PROCESSING_TIMEOUT, ErrorCode.PROCESSING_TIMEOUT.detail(), List.of(), request);
        }
        ErrorCode code = ExceptionClassifier.classify(exception);
        LOG.error("unhandled exception answered as {}", code, exception);
        return respond(code, code.detail(), List.of(), request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception exception, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = ((NativeWebRequest) webRequest).getNativeRequest(HttpServletRequest.class);
        ProblemDetail problem;
        if (exception instanceof MethodArgumentNotValidException invalid) {
            problem = validationProblem(invalid.getBindingResult(), request);
        } else if (exception instanceof HandlerMethodValidationException invalid) {
            problem = methodValidationProblem(invalid, request);
        } else if (exception instanceof HttpMessageNotReadableException unreadable) {
            problem = unreadableProblem(unreadable, request);
        } else if (exception instanceof MissingServletRequestParameterException missing) {
            problem = problems.create(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.detail(),
                    List.of(new FieldViolation(missing.getParameterName(), "required", "This parameter is required.")),
                    request);
        } else if (exception instanceof TypeMismatchException mismatch) {
            problem = problems.create(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.detail(),
                    List.of(new FieldViolation(String.valueOf(mismatch.getPropertyName()), "invalid_type",
                            "This parameter has the wrong type.")),
                    request);
        } else {
            problem = problems.create(ErrorCode.forStatus(status.value()), request);
        }
        if (status.is5xxServerError()) {
            LOG.error("request failed with {}", status.value(), exception);
        } else {
            LOG.debug("request rejected with {}: {}", status.value(), exception.getClass().getSimpleName());
        }
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.putAll(headers);
        return ResponseEntity.status(problem.getStatus()).headers(responseHeaders).body(problem);
    }

    private ProblemDetail validationProblem(BindingResult result, HttpServletRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(new FieldViolation(JsonFieldNames.fromJavaPath(error.getField()),
                    constraintCode(error.getCode()), safeMessage(error.getDefaultMessage())));
        }
        result.getGlobalErrors().forEach(error -> errors.add(
                new FieldViolation("", constraintCode(error.getCode()), safeMessage(error.getDefaultMessage()))));
        return problems.create(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.detail(), errors, request);
    }

    private ProblemDetail methodValidationProblem(HandlerMethodValidationException exception, HttpServletRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        exception.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldViolation(
                    name == null ? "" : JsonFieldNames.fromJavaPath(name),
                    constraintCode(error.getCodes() == null || error.getCodes().length == 0 ? null : lastSegment(error.getCodes()[error.getCodes().length - 1])),
                    safeMessage(error.getDefaultMessage()))));
        });
        return problems.create(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.detail(), errors, request);
    }

    private ProblemDetail unreadableProblem(HttpMessageNotReadableException exception, HttpServletRequest request) {
        if (hasCause(exception, RequestBodyTooLargeException.class)) {
            return problems.create(ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE.detail(), List.of(), request);
        }
        if (hasCause(exception, RequestBodyTimeoutException.class) || hasCause(exception, java.net.SocketTimeoutException.class)) {
            return problems.create(ErrorCode.REQUEST_TIMEOUT, ErrorCode.REQUEST_TIMEOUT.detail(), List.of(), request);
        }
        FieldViolation violation = fieldViolationOf(exception);
        if (violation != null) {
            return problems.create(ErrorCode.VALIDATION_FAILED, ErrorCode.VALIDATION_FAILED.detail(), List.of(violation), request);
        }
        if (hasCause(exception, StreamConstraintsException.class)) {
            return problems.create(ErrorCode.MALFORMED_REQUEST,
                    "The request body exceeds a structural limit (nesting depth, string or number length).", List.of(), request);
        }
        return problems.create(ErrorCode.MALFORMED_REQUEST,
                "The request body is not valid JSON for this operation.", List.of(), request);
    }

    /**
     * A binding failure at a known property becomes a field error; structural failures (syntax,
     * duplicate keys, trailing tokens, limits) have no field and are reported as malformed.
     */
    private static @Nullable FieldViolation fieldViolationOf(HttpMessageNotReadableException exception) {
        if (hasCause(exception, StreamConstraintsException.class)) {
            return null;
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InputCoercionException coercion && !coercion.getPath().isEmpty()) {
                return new FieldViolation(JsonFieldNames.fromJacksonPath(coercion.getPath()), "invalid_type",
                        "This number is out of range.");
            }
            if (cause instanceof StreamReadException) {
                return null;
            }
            if (cause instanceof InputBoundException bound) {
                return new FieldViolation(JsonFieldNames.fromJacksonPath(bound.getPath()), bound.violationCode(), bound.clientMessage());
            }
            if (cause instanceof UnrecognizedPropertyException unknown && !unknown.getPath().isEmpty()) {
                return new FieldViolation(JsonFieldNames.fromJacksonPath(unknown.getPath()), "unknown_field",
                        "This property is not accepted here.");
            }
            if (cause instanceof InvalidNullException nul && !nul.getPath().isEmpty()) {
                return new FieldViolation(JsonFieldNames.fromJacksonPath(nul.getPath()), "required", "This property must not be null.");
            }
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                    && mismatch.getTargetType() != null) {
                String field = JsonFieldNames.fromJacksonPath(mismatch.getPath());
                if (mismatch.getCurrentToken() == JsonToken.VALUE_NULL) {
                    return new FieldViolation(field, "required", "This property must not be null.");
                }
                return new FieldViolation(field, "invalid_type", "Expected " + jsonTypeOf(mismatch.getTargetType()) + ".");
            }
            if (cause instanceof ValueInstantiationException invalid && !invalid.getPath().isEmpty()) {
                return new FieldViolation(JsonFieldNames.fromJacksonPath(invalid.getPath()), "invalid_value",
                        "This value is not valid.");
            }
        }
        return null;
    }

    /** A timeout or a cancelled statement (PostgreSQL's SQLSTATE 57014), anywhere in the cause chain. */
    private static boolean isTimeout(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getClass().getSimpleName().contains("Timeout") || cause.getClass().getSimpleName().contains("TimedOut")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private ResponseEntity<ProblemDetail> respond(ErrorCode code, String detail, List<FieldViolation> errors,
            HttpServletRequest request) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(code.status());
        ProblemHeaders.apply(code, (name, value) -> builder.header(name, value));
        return builder.body(problems.create(code, detail, errors, request));
    }

    private static String jsonTypeOf(@Nullable Class<?> type) {
        if (type == null) {
            return "a different type";
        }
        if (type == String.class || type == Character.class || type == char.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** Bean Validation code such as {@code NotBlank} becomes {@code not_blank}. */
    private static String constraintCode(@Nullable String code) {
        if (code == null || code.isEmpty()) {
            return "invalid";
        }
        return JsonFieldNames.fromJavaPath(Character.toLowerCase(code.charAt(0)) + code.substring(1)).toLowerCase(Locale.ROOT);
    }

    private static String lastSegment(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? code : code.substring(dot + 1);
    }

    /** Constraint messages are ours (from annotations), but never let one run on. */
    private static String safeMessage(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "This value is not valid.";
        }
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
