package io.myapi.application.audit.port.in;

import java.util.OptionalLong;

/**
 * The result of walking the whole chain.
 *
 * @param records how many records were checked
 * @param firstBroken the sequence of the first record whose link or hash does not hold, if any
 */
public record AuditVerification(long records, OptionalLong firstBroken) {

    /**
     * Whether the chain is intact.
     *
     * @return {@code true} when no link is broken
     */
    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
