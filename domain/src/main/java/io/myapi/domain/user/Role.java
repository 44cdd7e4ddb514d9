package io.myapi.domain.user;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** A named bundle of permissions. A user's permissions are the union of its roles' (R8.4). */
public enum Role {
    /** A shopper. */
    CUSTOMER(EnumSet.of(Permission.PRODUCT_READ, Permission.ORDER_OWN, Permission.API_KEY_OWN)),
    /** Runs the catalogue and the orders. */
    MANAGER(EnumSet.of(Permission.PRODUCT_READ, Permission.PRODUCT_WRITE, Permission.ORDER_MANAGE,
            Permission.API_KEY_OWN)),
    /** Reads, never changes. */
    AUDITOR(EnumSet.of(Permission.PRODUCT_READ, Permission.USER_READ, Permission.AUDIT_READ)),
    /** Administers accounts. */
    ADMIN(EnumSet.of(Permission.PRODUCT_READ, Permission.USER_READ, Permission.USER_MANAGE,
            Permission.AUDIT_READ, Permission.API_KEY_OWN, Permission.API_DOCS_READ, Permission.IP_BAN_MANAGE, Permission.HEALTH_READ,
            Permission.METRICS_READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    /**
     * The permissions this role grants.
     *
     * @return an unmodifiable set
     */
    public Set<Permission> permissions() {
        return Set.copyOf(permissions);
    }

    /**
     * The union of the permissions of {@code roles}.
     *
     * @param roles any roles
     * @return every permission any of them grants
     */
    public static Set<Permission> permissionsOf(Collection<Role> roles) {
        EnumSet<Permission> union = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> union.addAll(role.permissions));
        return union;
    }
}
