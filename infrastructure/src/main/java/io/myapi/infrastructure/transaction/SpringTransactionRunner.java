package io.myapi.infrastructure.transaction;

import io.myapi.application.shared.RequestDeadline;
import io.myapi.application.shared.TransactionRunner;
import io.myapi.domain.shared.ConcurrentUpdateException;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One Spring transaction per call; lost races (optimistic conflicts, deadlocks) become
 * {@link ConcurrentUpdateException}. None starts once the request's {@link RequestDeadline} has
 * passed; statements inside are bounded by it through the {@code DeadlineDataSource}.
 */
public final class SpringTransactionRunner implements TransactionRunner {

    private final TransactionTemplate template;

    /**
     * Creates the runner.
     *
     * @param transactions the transaction manager (JPA)
     */
    public SpringTransactionRunner(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        RequestDeadline.check();
        try {
            return template.execute(status -> work.get());
        } catch (ConcurrencyFailureException e) {
            // Optimistic-lock conflicts, and deadlocks or lock timeouts: all retryable races.
            throw new ConcurrentUpdateException(e);
        }
    }
}
