package io.myapi.application.identity.port.in;

import io.myapi.domain.apikey.ApiKeyId;

/** Revokes one of the caller's API keys, effective at once on every instance (R37.4). */
public interface RevokeApiKeyUseCase {

    /**
     * Revokes one of the caller's API keys, effective at once on every instance (R37.4).
     *
     * @param caller the caller
     * @param keyId the key
     * @throws io.myapi.application.identity.ResourceNotFoundException if it is not one of the caller's
     */
    void revoke(Caller caller, ApiKeyId keyId);
}
