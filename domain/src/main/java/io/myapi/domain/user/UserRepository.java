package io.myapi.domain.user;

import java.util.List;
import java.util.Optional;

/** Where users live. */
public interface UserRepository {

    /**
     * Inserts or updates.
     *
     * @param user the user
     * @throws EmailTakenException if another user has the same address
     * @throws io.myapi.domain.shared.ConcurrentUpdateException if the user changed since it was read
     */
    void save(User user);

    /**
     * Looks a user up.
     *
     * @param id identifier
     * @return the user, if any
     */
    Optional<User> findById(UserId id);

    /**
     * Looks a user up by normalised address.
     *
     * @param email address
     * @return the user, if any
     */
    Optional<User> findByEmail(EmailAddress email);

    /**
     * A page of users, oldest first.
     *
     * @param skip rows to skip
     * @param limit most rows
     * @return the page
     */
    List<User> list(int skip, int limit);

    /**
     * Counts users.
     *
     * @return how many
     */
    long count();
}
