package io.myapi.application.audit.port.in;

/** Puts a permission denial that the web adapter observed on the audit trail; the adapter logs the event itself (R36.3). */
public interface RecordAuditEventUseCase {

    /**
     * Appends an {@code ACCESS_DENIED} record for the current request.
     *
     * @param subject the caller refused
     * @param required what the endpoint requires
     */
    void auditAccessDenied(String subject, String required);
}
