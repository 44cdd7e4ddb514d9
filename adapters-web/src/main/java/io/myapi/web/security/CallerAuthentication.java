package io.myapi.web.security;

import io.myapi.application.identity.port.in.Caller;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated {@link Caller} in Spring Security's context. Authorities are the caller's
 * permissions ({@code PERM_ORDER_OWN}), {@value #ACTIVE} unless a forced password reset is
 * pending, and {@value #SESSION} when the credential is a bearer token rather than an API key.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    /** Authority of a caller whose account is usable (no reset pending). */
    public static final String ACTIVE = "ACCOUNT_ACTIVE";

    /** Authority of a caller authenticated by a session's bearer token. */
    public static final String SESSION = "VIA_SESSION";

    /** Prefix of permission authorities. */
    public static final String PERMISSION_PREFIX = "PERM_";

    private final transient Caller caller;

    /**
     * Wraps a caller.
     *
     * @param caller the authenticated caller
     */
    public CallerAuthentication(Caller caller) {
        super(authoritiesOf(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    /**
     * The caller.
     *
     * @return the caller
     */
    public Caller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.userId().toString();
    }

    private static List<GrantedAuthority> authoritiesOf(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (!caller.passwordChangeRequired()) {
            authorities.add(new SimpleGrantedAuthority(ACTIVE));
            caller.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(PERMISSION_PREFIX + p.name())));
        }
        if (caller.sessionId().isPresent()) {
            authorities.add(new SimpleGrantedAuthority(SESSION));
        }
        return authorities;
    }
}
