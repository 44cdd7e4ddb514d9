package io.myapi.web.error;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The stable catalogue of {@code error_code} values (documented in the README). A code, once
 * published, keeps its meaning; new failures get new codes. Each code has a fixed HTTP status,
 * title, problem {@code type} and a generic client-facing detail.
 */
public enum ErrorCode {
    /** A request field or parameter failed validation; see {@code errors}. */
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Validation failed", "The request contains invalid fields."),
    /** The body is not well-formed JSON, or breaks a structural limit. */
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request", "The request body could not be read."),
    /** Any other request the server could not understand. */
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "Bad request", "The request could not be understood."),
    /** No or invalid credentials. */
    AUTHENTICATION_REQUIRED(HttpStatus.UNAUTHORIZED, "Authentication required", "Valid credentials are required to access this resource."),
    /** Authenticated, but lacking the permission. */
    ACCESS_DENIED(HttpStatus.FORBIDDEN, "Access denied", "You do not have permission to perform this action."),
    /** No such resource, or not visible to the caller. */
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found", "The requested resource was not found."),
    /** The path exists but not with this method. */
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "The request method is not supported for this resource."),
    /** No representation matches the {@code Accept} header. */
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "The resource cannot be represented in any of the accepted media types."),
    /** 408: the client sent its request too slowly (the body did not arrive within the request timeout). */
    REQUEST_TIMEOUT(HttpStatus.REQUEST_TIMEOUT, "Request timeout", "The request took too long to arrive."),
    /** 503: processing passed the request timeout and was abandoned; retry later. */
    PROCESSING_TIMEOUT(HttpStatus.SERVICE_UNAVAILABLE, "Processing timeout", "The request took too long to process and was abandoned; retry later."),
    /** The request conflicts with the current state of the resource. */
    CONFLICT(HttpStatus.CONFLICT, "Conflict", "The request conflicts with the current state of the resource."),
    /** The body is larger than the server accepts. */
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", "The request body is larger than the server accepts."),
    /** The body's media type is not accepted here. */
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "The request body's media type is not supported."),
    /** Too many requests; see {@code Retry-After}. */
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", "The request rate limit was exceeded; retry later."),
    /** 403: the client's IP address is banned; see {@code Retry-After}. */
    IP_BANNED(HttpStatus.FORBIDDEN, "Address banned", "Requests from this address are refused for a while."),
    /** The request headers are too large. */
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large", "The request headers are larger than the server accepts."),
    /** 401: email and password do not match an account (the same for an unknown email). */
    INVALID_CREDENTIALS(HttpStatus.UNAUTHORIZED, "Invalid credentials", "The email address or password is incorrect."),
    /** 401: a bearer token, refresh token or API key was refused. */
    INVALID_TOKEN(HttpStatus.UNAUTHORIZED, "Invalid token", "The token is invalid, expired or revoked."),
    /** 403: a forced password reset is pending; only the password change is allowed. */
    PASSWORD_RESET_REQUIRED(HttpStatus.FORBIDDEN, "Password reset required", "Change your password before using this account."),
    /** 409: an account with this email address exists. */
    EMAIL_UNAVAILABLE(HttpStatus.CONFLICT, "Email unavailable", "This email address cannot be used for a new account."),
    /** 409: the concurrent-session policy refuses another session. */
    SESSION_LIMIT_REACHED(HttpStatus.CONFLICT, "Session limit reached", "End your other session before logging in again."),
    /** 400: the new password breaks the password policy; {@code errors} says how. */
    WEAK_PASSWORD(HttpStatus.BAD_REQUEST, "Weak password", "The password does not meet the password policy."),
    /** 503: every password-hashing slot is busy; retry after {@code Retry-After} seconds. */
    AUTH_CAPACITY_EXCEEDED(HttpStatus.SERVICE_UNAVAILABLE, "Authentication busy", "Too many sign-ins are being processed; retry shortly."),
    /** 400: a query parameter or path carries an SQL-injection signature; logged as a security event. */
    SUSPICIOUS_INPUT(HttpStatus.BAD_REQUEST, "Suspicious input", "The request contains input that is not accepted."),
    /** 403: a browser request from an origin the CORS policy does not list. */
    ORIGIN_NOT_ALLOWED(HttpStatus.FORBIDDEN, "Origin not allowed", "Requests from this origin are not allowed."),
    /** 409: an order asks for more units than are in stock. */
    INSUFFICIENT_STOCK(HttpStatus.CONFLICT, "Insufficient stock", "Not enough units of a product are in stock."),
    /** 409: the SKU belongs to another product. */
    SKU_TAKEN(HttpStatus.CONFLICT, "SKU taken", "Another product already has this SKU."),
    /** 409: the order's status does not lead to the one asked for. */
    ILLEGAL_STATUS_CHANGE(HttpStatus.CONFLICT, "Illegal status change", "The order cannot move to that status from its current one."),
    /** 400: amounts of different currencies were combined. */
    CURRENCY_MISMATCH(HttpStatus.BAD_REQUEST, "Currency mismatch", "Amounts of different currencies cannot be combined."),
    /** An unexpected failure; details are in the server log under the correlation id. */
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error", "An unexpected error occurred."),
    /** A database failure; details are in the server log only. */
    DATABASE_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Database error", "A database error occurred."),
    /** A file-storage failure; details are in the server log only. */
    STORAGE_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Storage error", "A storage error occurred."),
    /** A dependency is unavailable; see {@code Retry-After}. */
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", "The service is temporarily unavailable; retry later.");

    private static final String TYPE_PREFIX = "urn:myapi:problem:";

    private final HttpStatus status;
    private final String title;
    private final String detail;

    ErrorCode(HttpStatus status, String title, String detail) {
        this.status = status;
        this.title = title;
        this.detail = detail;
    }

    /** @return the HTTP status this code is always sent with */
    public HttpStatus status() {
        return status;
    }

    /** @return the fixed, human-readable summary */
    public String title() {
        return title;
    }

    /** @return the generic client-facing explanation */
    public String detail() {
        return detail;
    }

    /** @return the problem {@code type}, e.g. {@code urn:myapi:problem:validation-failed} */
    public URI type() {
        return URI.create(TYPE_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /**
     * The code for a status when nothing more specific is known (errors raised outside MVC).
     *
     * @param status an HTTP status code
     * @return the matching generic code
     */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> AUTHENTICATION_REQUIRED;
            case 403 -> ACCESS_DENIED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 408 -> REQUEST_TIMEOUT;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
