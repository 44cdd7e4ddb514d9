package io.myapi.infrastructure.persistence.audit;

import io.myapi.application.audit.AuditChain;
import io.myapi.application.audit.AuditEntry;
import io.myapi.application.audit.AuditOutcome;
import io.myapi.application.audit.AuditRecord;
import io.myapi.application.audit.port.out.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain in {@code audit_log}. Each append runs in its own transaction (a business
 * transaction that rolls back does not take its audit record with it), locks the single row of
 * {@code audit_chain_head}, seals the entry after the head and moves the head: appends from any
 * number of threads and instances form one chain. Only {@code INSERT} and {@code SELECT} are
 * ever issued on {@code audit_log}.
 */
public final class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS = "seq, occurred_at, actor_id, action, subject, resource, outcome, ip, user_agent, location, "
            + "detail, previous_hash, hash";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    /**
     * Creates the adapter.
     *
     * @param dataSource the application's database
     * @param transactions the transaction manager
     */
    public JdbcAuditTrail(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public AuditRecord append(AuditEntry entry) {
        return Objects.requireNonNull(ownTransaction.execute(status -> {
            Object[] head = jdbc.queryForObject("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                    (row, n) -> new Object[] {row.getLong(1), row.getString(2)});
            long sequence = (Long) Objects.requireNonNull(head)[0] + 1;
            AuditRecord record = AuditChain.seal(sequence, entry, ((String) head[1]).strip());
            jdbc.update("INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    record.sequence(), OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actorId(), entry.action(),
                    entry.subject(), entry.resource(), entry.outcome().name(), entry.ip(), entry.userAgent(), entry.location(),
                    entry.detail(), record.previousHash(), record.hash());
            jdbc.update("UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1", record.sequence(), record.hash());
            return record;
        }));
    }

    @Override
    public List<AuditRecord> after(long afterSequence, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_log WHERE seq > ? ORDER BY seq FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY", JdbcAuditTrail::recordOf, afterSequence);
    }

    @Override
    public Head head() {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT seq, hash FROM audit_chain_head WHERE id = 1",
                (row, n) -> new Head(row.getLong(1), row.getString(2).strip())));
    }

    private static AuditOutcome outcomeOf(String stored) {
        try {
            return AuditOutcome.valueOf(stored);
        } catch (IllegalArgumentException e) {
            // Altered in storage: reported by verify as the record whose hash does not hold.
            return AuditOutcome.UNREADABLE;
        }
    }

    private static AuditRecord recordOf(ResultSet row, int number) throws SQLException {
        AuditEntry entry = new AuditEntry(row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("actor_id"),
                row.getString("action"), row.getString("subject"), row.getString("resource"), outcomeOf(row.getString("outcome")),
                row.getString("ip"), row.getString("user_agent"), row.getString("location"), row.getString("detail"));
        return new AuditRecord(row.getLong("seq"), entry, row.getString("previous_hash").strip(), row.getString("hash").strip());
    }
}
