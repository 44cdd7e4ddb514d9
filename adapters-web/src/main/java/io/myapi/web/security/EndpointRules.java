package io.myapi.web.security;

import static io.myapi.web.security.EndpointRule.needs;
import static io.myapi.web.security.EndpointRule.of;
import static io.myapi.web.security.EndpointRule.open;

import io.myapi.domain.user.Permission;
import io.myapi.web.security.EndpointRule.Access;
import java.util.List;
import org.springframework.http.HttpMethod;

/** The one table of who may call what (R8.4, R12.4): read it to audit the API's access control. */
public final class EndpointRules {

    /** Every rule, in match order. */
    public static final List<EndpointRule> ALL = List.of(
            open(HttpMethod.GET, "/health/live"),
            open(HttpMethod.GET, "/health/ready"),
            open(HttpMethod.POST, "/api/v1/auth/register"),
            open(HttpMethod.POST, "/api/v1/auth/login"),
            open(HttpMethod.POST, "/api/v1/auth/refresh"),
            open(HttpMethod.POST, "/api/v1/security/csp-reports"),
            of(HttpMethod.POST, "/api/v1/auth/logout", Access.AUTHENTICATED),
            of(HttpMethod.POST, "/api/v1/auth/password", Access.SESSION_EVEN_IF_RESET_PENDING),
            of(HttpMethod.GET, "/api/v1/auth/sessions", Access.SESSION),
            of(HttpMethod.DELETE, "/api/v1/auth/sessions/{id}", Access.SESSION),
            of(HttpMethod.GET, "/api/v1/me", Access.ACTIVE),
            needs(HttpMethod.GET, "/api/v1/api-keys", Access.SESSION_PERMISSION, Permission.API_KEY_OWN),
            needs(HttpMethod.POST, "/api/v1/api-keys", Access.SESSION_PERMISSION, Permission.API_KEY_OWN),
            needs(HttpMethod.DELETE, "/api/v1/api-keys/{id}", Access.SESSION_PERMISSION, Permission.API_KEY_OWN),
            needs(HttpMethod.GET, "/api/v1/admin/users", Access.PERMISSION, Permission.USER_READ),
            needs(HttpMethod.GET, "/api/v1/admin/ip-bans", Access.PERMISSION, Permission.IP_BAN_MANAGE),
            needs(HttpMethod.GET, "/api/v1/admin/audit", Access.PERMISSION, Permission.AUDIT_READ),
            needs(HttpMethod.GET, "/actuator/health", Access.PERMISSION, Permission.HEALTH_READ),
            needs(HttpMethod.GET, "/actuator/prometheus", Access.PERMISSION, Permission.METRICS_READ),
            needs(HttpMethod.GET, "/api/v1/admin/audit/verify", Access.PERMISSION, Permission.AUDIT_READ),
            needs(HttpMethod.POST, "/api/v1/admin/ip-bans", Access.SESSION_PERMISSION, Permission.IP_BAN_MANAGE),
            needs(HttpMethod.DELETE, "/api/v1/admin/ip-bans/{ip}", Access.SESSION_PERMISSION, Permission.IP_BAN_MANAGE),
            needs(HttpMethod.PUT, "/api/v1/admin/users/{id}/roles", Access.SESSION_PERMISSION, Permission.USER_MANAGE),
            needs(HttpMethod.PUT, "/api/v1/admin/users/{id}/subscription-tier", Access.SESSION_PERMISSION, Permission.USER_MANAGE),
            needs(HttpMethod.POST, "/api/v1/admin/users/{id}/force-password-reset", Access.SESSION_PERMISSION,
                    Permission.USER_MANAGE),
            needs(HttpMethod.GET, "/api/v1/products", Access.PERMISSION, Permission.PRODUCT_READ),
            needs(HttpMethod.GET, "/api/v1/products/{id}", Access.PERMISSION, Permission.PRODUCT_READ),
            needs(HttpMethod.GET, "/api/v2/products", Access.PERMISSION, Permission.PRODUCT_READ),
            needs(HttpMethod.POST, "/api/v1/products", Access.PERMISSION, Permission.PRODUCT_WRITE),
            needs(HttpMethod.POST, "/api/v1/products/bulk", Access.PERMISSION, Permission.PRODUCT_WRITE),
            needs(HttpMethod.PATCH, "/api/v1/products/{id}", Access.PERMISSION, Permission.PRODUCT_WRITE),
            needs(HttpMethod.DELETE, "/api/v1/products/{id}", Access.PERMISSION, Permission.PRODUCT_WRITE),
            needs(HttpMethod.POST, "/api/v1/orders", Access.PERMISSION, Permission.ORDER_OWN),
            needs(HttpMethod.GET, "/api/v1/orders", Access.PERMISSION, Permission.ORDER_OWN, Permission.ORDER_MANAGE),
            needs(HttpMethod.GET, "/api/v1/orders/{id}", Access.PERMISSION, Permission.ORDER_OWN, Permission.ORDER_MANAGE),
            needs(HttpMethod.POST, "/api/v1/orders/{id}/cancel", Access.PERMISSION, Permission.ORDER_OWN, Permission.ORDER_MANAGE),
            needs(HttpMethod.POST, "/api/v1/orders/{id}/status", Access.PERMISSION, Permission.ORDER_MANAGE));

    private EndpointRules() {
    }
}
