package io.myapi.application.identity.port.in;

import io.myapi.domain.session.Session;
import java.util.List;

/** Lists the caller's active sessions. */
public interface ListSessionsUseCase {

    /**
     * Lists the caller's active sessions.
     *
     * @param caller the input
     * @return the sessions
     */
    List<Session> list(Caller caller);
}
