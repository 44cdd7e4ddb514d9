package io.myapi.web.security;

import io.myapi.domain.user.Permission;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Who may call one endpoint (R12.4). Every endpoint has exactly one rule; a request that
 * matches none is denied ({@code anyRequest().denyAll()}).
 *
 * @param method the HTTP method
 * @param pattern the path pattern
 * @param access the kind of caller allowed
 * @param anyOf for {@link Access#PERMISSION} and {@link Access#SESSION_PERMISSION}: the caller needs one of these
 */
public record EndpointRule(HttpMethod method, String pattern, Access access, Set<Permission> anyOf) {

    /** Kinds of access. */
    public enum Access {
        /** Anyone, authenticated or not. */
        PUBLIC,
        /** Any authenticated caller, even one whose password reset is pending. */
        AUTHENTICATED,
        /** Any authenticated caller whose account is usable. */
        ACTIVE,
        /** A bearer-token caller whose account is usable. */
        SESSION,
        /** A bearer-token caller, even one whose password reset is pending (the password change itself). */
        SESSION_EVEN_IF_RESET_PENDING,
        /** A caller holding one of {@link #anyOf()}. */
        PERMISSION,
        /** A bearer-token caller holding one of {@link #anyOf()}: API keys cannot manage credentials. */
        SESSION_PERMISSION
    }

    /**
     * Whether an authenticated caller with these authorities passes this rule.
     *
     * @param authorities the caller's authorities
     * @return {@code true} if allowed
     */
    boolean allows(java.util.Set<String> authorities) {
        boolean active = authorities.contains(CallerAuthentication.ACTIVE);
        boolean session = authorities.contains(CallerAuthentication.SESSION);
        boolean permitted = anyOf.isEmpty()
                || anyOf.stream().anyMatch(p -> authorities.contains(CallerAuthentication.PERMISSION_PREFIX + p.name()));
        return switch (access) {
            case PUBLIC, AUTHENTICATED -> true;
            case ACTIVE -> active;
            case SESSION -> session && active;
            case SESSION_EVEN_IF_RESET_PENDING -> session;
            case PERMISSION -> active && permitted;
            case SESSION_PERMISSION -> session && active && permitted;
        };
    }

    /**
     * A rule that lets anyone through.
     *
     * @param method the method
     * @param pattern the path pattern
     * @return the rule
     */
    public static EndpointRule open(HttpMethod method, String pattern) {
        return new EndpointRule(method, pattern, Access.PUBLIC, Set.of());
    }

    /**
     * A rule without a permission.
     *
     * @param method the method
     * @param pattern the path pattern
     * @param access the kind of caller allowed
     * @return the rule
     */
    public static EndpointRule of(HttpMethod method, String pattern, Access access) {
        return new EndpointRule(method, pattern, access, Set.of());
    }

    /**
     * A rule that needs a permission.
     *
     * @param method the method
     * @param pattern the path pattern
     * @param access {@link Access#PERMISSION} or {@link Access#SESSION_PERMISSION}
     * @param permission a permission that opens the endpoint
     * @param others more permissions, any of which also opens it
     * @return the rule
     */
    public static EndpointRule needs(HttpMethod method, String pattern, Access access, Permission permission, Permission... others) {
        java.util.EnumSet<Permission> anyOf = java.util.EnumSet.of(permission, others);
        return new EndpointRule(method, pattern, access, Set.copyOf(anyOf));
    }
}
