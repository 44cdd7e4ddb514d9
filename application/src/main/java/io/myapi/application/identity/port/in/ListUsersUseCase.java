package io.myapi.application.identity.port.in;

/** Lists users (administrators and auditors). */
public interface ListUsersUseCase {

    /**
     * Lists users (administrators and auditors).
     *
     * @param query the input
     * @return the page
     */
    UserPage list(ListUsersQuery query);
}
