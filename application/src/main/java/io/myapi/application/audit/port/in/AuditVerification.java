package io.myapi.application.audit.port.in;

import java.util.OptionalLong;

/**
 * The result of walking the whole chain.
 *
 * @param records how many records were checked
 * @param firstBroken the sequence of the first record whose link or hash does not hold (or the
 *     first missing one), if any
 * @param headHash the hash the chain ends with; keep it outside the database to detect a
 *     rewritten chain later
 */
public record AuditVerification(long records, OptionalLong firstBroken, String headHash) {

    /**
     * Whether the chain is intact.
     *
     * @return {@code true} when no link is broken
     */
    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
