package io.myapi.application.identity.port.in;

import io.myapi.domain.user.User;
import java.util.List;

/**
 * A page of users.
 *
 * @param items the users
 * @param total how many users exist
 * @param skip rows skipped
 * @param limit page size asked for
 */
public record UserPage(List<User> items, long total, int skip, int limit) {

    /**
     * Copies the items.
     *
     * @param items the users
     * @param total how many exist
     * @param skip rows skipped
     * @param limit page size
     */
    public UserPage {
        items = List.copyOf(items);
    }
}
