package io.myapi.web.limits;

import java.io.IOException;

/** Thrown by a read past the body limit; the error handler answers 413 wherever it surfaces. */
public final class RequestBodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public RequestBodyTooLargeException() {
        super("request body larger than the limit");
    }
}
