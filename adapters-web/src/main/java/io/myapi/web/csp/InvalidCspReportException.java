package io.myapi.web.csp;

import io.myapi.domain.shared.DomainException;

/** Raised when a body sent to the report endpoint is not a CSP report. */
final class InvalidCspReportException extends DomainException {

    private static final long serialVersionUID = 1L;

    InvalidCspReportException() {
        super("not a CSP violation report");
    }

    @Override
    public String code() {
        return "MALFORMED_REQUEST";
    }
}
