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

    /**
     * Where the chain ends, as the appends left it (kept apart from the records, so that records
     * removed from the end are noticed).
     *
     * @return the last sequence and its hash; 0 and {@link io.myapi.application.audit.AuditChain#GENESIS} when empty
     */
    Head head();

    /**
     * The chain's end.
     *
     * @param sequence the last record's sequence
     * @param hash the last record's hash
     */
    record Head(long sequence, String hash) {
    }
}
