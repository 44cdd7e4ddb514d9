package io.myapi.application.audit;

import java.util.Objects;

/**
 * An audit entry sealed into the chain: its place, the hash of the record before it, and its
 * own hash over both (R19.5).
 *
 * @param sequence 1 for the first record, then one more each
 * @param entry what it says
 * @param previousHash the hash of record {@code sequence - 1} ({@link AuditChain#GENESIS} for the first)
 * @param hash {@link AuditChain#hash(long, AuditEntry, String)} of this record
 */
public record AuditRecord(long sequence, AuditEntry entry, String previousHash, String hash) {

    /**
     * Checks presence.
     *
     * @param sequence positive
     * @param entry the entry
     * @param previousHash the previous hash
     * @param hash this hash
     */
    public AuditRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }
}
