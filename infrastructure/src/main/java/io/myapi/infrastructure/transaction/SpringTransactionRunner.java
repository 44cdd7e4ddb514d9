package io.myapi.infrastructure.transaction;

import io.myapi.application.shared.RequestDeadline;
import java.time.Duration;
import java.util.Optional;
import io.myapi.application.shared.TransactionRunner;
import io.myapi.domain.shared.ConcurrentUpdateException;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One Spring transaction per call; lost races (optimistic conflicts, deadlocks) become
 * {@link ConcurrentUpdateException}. Inside a request the transaction's timeout is the time left
 * to the {@link RequestDeadline}, so the database cancels a statement that would outlive the
 * request and the transaction rolls back; none starts once the deadline has passed.
 */
public final class SpringTransactionRunner implements TransactionRunner {

    private final PlatformTransactionManager transactions;
    private final TransactionTemplate template;

    /**
     * Creates the runner.
     *
     * @param transactions the transaction manager (JPA)
     */
    public SpringTransactionRunner(PlatformTransactionManager transactions) {
        this.transactions = transactions;
        this.template = new TransactionTemplate(transactions);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        RequestDeadline.check();
        try {
            return templateFor(RequestDeadline.remaining()).execute(status -> work.get());
        } catch (ConcurrencyFailureException e) {
            // Optimistic-lock conflicts, and deadlocks or lock timeouts: all retryable races.
            throw new ConcurrentUpdateException(e);
        }
    }

    private TransactionTemplate templateFor(Optional<Duration> remaining) {
        if (remaining.isEmpty()) {
            return template;
        }
        TransactionTemplate bounded = new TransactionTemplate(transactions);
        // Whole seconds (JDBC's unit), rounded up so that a live request is never refused early.
        long millis = remaining.get().toMillis();
        bounded.setTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, (millis + 999) / 1000)));
        return bounded;
    }
}
