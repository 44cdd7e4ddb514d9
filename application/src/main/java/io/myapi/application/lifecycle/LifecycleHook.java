package io.myapi.application.lifecycle;

/**
 * One resource's start and stop actions. Either may throw; the manager keeps going.
 */
public interface LifecycleHook {

    /**
     * Name used in logs and in aggregated failures.
     *
     * @return a short, stable name such as {@code redis}
     */
    String name();

    /**
     * Acquires the resource. The default does nothing.
     *
     * @throws Exception when the resource cannot start
     */
    default void start() throws Exception {
    }

    /**
     * Releases the resource. The default does nothing.
     *
     * @throws Exception when the resource cannot stop cleanly
     */
    default void stop() throws Exception {
    }
}
