package io.myapi.application.identity.port.in;

/** Verifies an API key (R37.3-R37.6). */
public interface AuthenticateApiKeyUseCase {

    /**
     * Verifies an API key (R37.3-R37.6).
     *
     * @param presentedKey the input
     * @return the caller
     */
    Caller authenticate(String presentedKey);
}
