package io.myapi.application.identity.port.in;

/** Creates an API key, shown once (R37.1, R37.2). */
public interface CreateApiKeyUseCase {

    /**
     * Creates an API key, shown once (R37.1, R37.2).
     *
     * @param command the input
     * @return the key, with its secret
     */
    CreatedApiKey create(CreateApiKeyCommand command);
}
