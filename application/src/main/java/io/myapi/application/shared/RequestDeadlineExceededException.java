package io.myapi.application.shared;

import io.myapi.domain.shared.DomainException;

/** The request's deadline passed; its remaining work was abandoned (answered 503 with Retry-After). */
public final class RequestDeadlineExceededException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "PROCESSING_TIMEOUT";

    /** Creates the exception. */
    public RequestDeadlineExceededException() {
        super("request deadline passed; work abandoned");
    }

    @Override
    public String code() {
        return CODE;
    }
}
