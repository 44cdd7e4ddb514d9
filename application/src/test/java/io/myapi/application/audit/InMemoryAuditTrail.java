package io.myapi.application.audit;

import io.myapi.application.audit.port.out.AuditTrail;
import java.util.ArrayList;
import java.util.List;

/** The audit chain in a list: the in-memory twin of the database trail (tests only). */
public final class InMemoryAuditTrail implements AuditTrail {

    /** The records, in chain order; tests may replace one to simulate tampering. */
    public final List<AuditRecord> records = new ArrayList<>();

    @Override
    public synchronized AuditRecord append(AuditEntry entry) {
        String previous = records.isEmpty() ? AuditChain.GENESIS : records.get(records.size() - 1).hash();
        AuditRecord record = AuditChain.seal(records.size() + 1L, entry, previous);
        records.add(record);
        head = new Head(record.sequence(), record.hash());
        return record;
    }

    /** The head as appends left it; tests may remove records to simulate truncation. */
    private Head head = new Head(0, AuditChain.GENESIS);

    @Override
    public synchronized Head head() {
        return head;
    }

    @Override
    public synchronized List<AuditRecord> after(long afterSequence, int limit) {
        return records.stream().filter(record -> record.sequence() > afterSequence).limit(limit).toList();
    }
}
