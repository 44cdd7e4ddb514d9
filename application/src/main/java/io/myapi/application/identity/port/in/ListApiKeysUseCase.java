package io.myapi.application.identity.port.in;

import io.myapi.domain.apikey.ApiKey;
import java.util.List;

/** Lists the caller's API keys. */
public interface ListApiKeysUseCase {

    /**
     * Lists the caller's API keys.
     *
     * @param caller the input
     * @return the keys
     */
    List<ApiKey> list(Caller caller);
}
