package io.myapi.application.shared;

import java.util.function.Supplier;

/**
 * The transaction boundary of a use case (R5.3, R22.5): everything {@code work} does commits
 * together or not at all. An optimistic-lock conflict at commit surfaces as
 * {@link io.myapi.domain.shared.ConcurrentUpdateException}.
 */
public interface TransactionRunner {

    /**
     * Runs work in one transaction.
     *
     * @param work the work
     * @param <T> its result type
     * @return its result
     */
    <T> T inTransaction(Supplier<T> work);
}
