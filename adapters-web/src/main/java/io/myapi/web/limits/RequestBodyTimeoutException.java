package io.myapi.web.limits;

import java.io.IOException;

/** Thrown by a body read after the request's deadline; the error handler answers 408. */
public final class RequestBodyTimeoutException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public RequestBodyTimeoutException() {
        super("request body still arriving at the request deadline");
    }
}
