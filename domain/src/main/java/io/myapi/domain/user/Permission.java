package io.myapi.domain.user;

/** What a caller may do. Endpoints require permissions, never roles (R8.4, R12.4). */
public enum Permission {
    /** Read the catalogue. */
    PRODUCT_READ,
    /** Create, change and delete products. */
    PRODUCT_WRITE,
    /** Place orders and read or cancel one's own. */
    ORDER_OWN,
    /** Read and manage every customer's orders. */
    ORDER_MANAGE,
    /** Create, list and revoke one's own API keys. */
    API_KEY_OWN,
    /** List users. */
    USER_READ,
    /** Change users' roles and force password resets. */
    USER_MANAGE,
    /** Read the audit log. */
    AUDIT_READ,
    /** Read the API documentation in staging and production. */
    API_DOCS_READ,
    /** Set, list and lift IP bans. */
    IP_BAN_MANAGE,
    /** Read the detailed health of every component ({@code /actuator/health}). */
    HEALTH_READ,
    /** Scrape the metrics ({@code /actuator/prometheus}). */
    METRICS_READ
}
