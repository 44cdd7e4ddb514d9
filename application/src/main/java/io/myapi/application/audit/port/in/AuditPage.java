package io.myapi.application.audit.port.in;

import io.myapi.application.audit.AuditRecord;
import java.util.List;

/**
 * A page of the audit trail.
 *
 * @param items records in chain order
 * @param nextAfter the sequence to ask after for the next page, or 0 when this is the last
 */
public record AuditPage(List<AuditRecord> items, long nextAfter) {

    /**
     * Copies the items.
     *
     * @param items the records
     * @param nextAfter the cursor
     */
    public AuditPage {
        items = List.copyOf(items);
    }
}
