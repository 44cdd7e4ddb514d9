package io.myapi.application.identity;

import io.myapi.domain.user.Permission;
import io.myapi.domain.user.User;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Translation between permissions and the {@code scopes} claim of access tokens. */
public final class Scopes {

    /** The only scope of a token issued while a forced password reset is pending. */
    public static final String PASSWORD_CHANGE = "password:change";

    private Scopes() {
    }

    /**
     * The scopes a user's access tokens carry.
     *
     * @param user the user
     * @return its permissions as lower-case scopes, or only {@value #PASSWORD_CHANGE}
     */
    public static Set<String> of(User user) {
        if (user.mustChangePassword()) {
            return Set.of(PASSWORD_CHANGE);
        }
        return user.permissions().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /**
     * The permissions named by scopes; unknown scopes are ignored.
     *
     * @param scopes the claim
     * @return the permissions
     */
    public static Set<Permission> permissions(Set<String> scopes) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (scopes.contains(permission.name().toLowerCase(Locale.ROOT))) {
                permissions.add(permission);
            }
        }
        return permissions;
    }
}
