package io.myapi.application.audit.port.in;

import io.myapi.application.identity.port.in.Caller;

/** Auditors and administrators page through the trail and verify it ({@code AUDIT_READ}). */
public interface ReadAuditTrailUseCase {

    /** Most records of one page. */
    int MAX_LIMIT = 100;

    /**
     * A page of records.
     *
     * @param caller the reader
     * @param afterSequence the last sequence already seen, 0 for the start
     * @param limit 1 to {@value #MAX_LIMIT}
     * @return the page
     */
    AuditPage page(Caller caller, long afterSequence, int limit);

    /**
     * Walks the whole chain.
     *
     * @param caller the reader
     * @return how many records held and the first that does not
     */
    AuditVerification verify(Caller caller);
}
