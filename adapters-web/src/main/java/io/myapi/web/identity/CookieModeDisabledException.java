package io.myapi.web.identity;

import io.myapi.domain.shared.DomainException;

/** Raised when a client asks for the cookie mode on a deployment without a cookie secret. */
final class CookieModeDisabledException extends DomainException {

    private static final long serialVersionUID = 1L;

    CookieModeDisabledException() {
        super("cookie mode requested but no cookie secret is configured");
    }

    @Override
    public String code() {
        return "BAD_REQUEST";
    }
}
