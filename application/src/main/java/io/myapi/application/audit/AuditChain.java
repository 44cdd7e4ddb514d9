package io.myapi.application.audit;

import io.myapi.domain.shared.Digests;

/**
 * The hash chain of the audit trail: each record's hash is SHA-256 over its sequence, every
 * field of its entry and the previous record's hash, so that changing, removing or reordering a
 * record breaks every link after it.
 */
public final class AuditChain {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * The hash of a record.
     *
     * @param sequence its place
     * @param entry its content
     * @param previousHash the hash of the record before it
     * @return 64 lower-case hex digits
     */
    public static String hash(long sequence, AuditEntry entry, String previousHash) {
        // Length-prefixed fields: no two different records serialize alike.
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {Long.toString(sequence), Long.toString(entry.occurredAt().toEpochMilli()), entry.actorId(),
            entry.action(), entry.subject(), entry.resource(), entry.outcome().name(), entry.ip(), entry.userAgent(), entry.location(),
            entry.detail(), previousHash}) {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        return Digests.sha256Hex(canonical.toString());
    }

    /**
     * Seals an entry after a record.
     *
     * @param sequence the new record's place
     * @param entry its content
     * @param previousHash the hash of the record before it
     * @return the record
     */
    public static AuditRecord seal(long sequence, AuditEntry entry, String previousHash) {
        return new AuditRecord(sequence, entry, previousHash, hash(sequence, entry, previousHash));
    }

    /**
     * Whether a record is intact and follows the one before.
     *
     * @param record the record
     * @param expectedSequence the place it must have
     * @param expectedPreviousHash the hash of the record before it
     * @return {@code true} when its links and hash hold
     */
    public static boolean holds(AuditRecord record, long expectedSequence, String expectedPreviousHash) {
        return record.sequence() == expectedSequence && record.previousHash().equals(expectedPreviousHash)
                && record.hash().equals(hash(record.sequence(), record.entry(), record.previousHash()));
    }
}
