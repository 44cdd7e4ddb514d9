package io.myapi.application.audit.port.out;

import io.myapi.application.audit.AuditEntry;
import io.myapi.application.audit.AuditRecord;
import java.util.List;

/**
 * Append-only storage of the audit chain: appends are serialized, so every record links to the
 * one stored just before it. There is no update and no delete.
 */
public interface AuditTrail {

    /**
     * Seals the entry after the last record (with {@link io.myapi.application.audit.AuditChain}) and stores it.
     *
     * @param entry what to record
     * @return the stored record
     */
    AuditRecord append(AuditEntry entry);

    /**
     * Records in chain order.
     *
     * @param afterSequence the last sequence already seen (0 for the start)
     * @param limit most records returned
     * @return records with a sequence above {@code afterSequence}, ascending
     */
    List<AuditRecord> after(long afterSequence, int limit);
}
