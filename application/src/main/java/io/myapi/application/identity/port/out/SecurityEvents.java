package io.myapi.application.identity.port.out;

/** Where security events go (a dedicated log now; the audit trail later). */
public interface SecurityEvents {

    /**
     * Records an event.
     *
     * @param type what happened
     * @param subject the user, key or session concerned, as an identifier (never an email)
     * @param detail a short detail without personal data or secrets
     */
    void record(SecurityEventType type, String subject, String detail);
}
