package io.myapi.application.identity.port.out;

import io.myapi.domain.shared.Ulid;

/** New identifiers for entities (monotonic ULIDs from a secure random source). */
public interface IdGenerator {

    /**
     * A new identifier.
     *
     * @return a ULID never returned before
     */
    Ulid next();
}
