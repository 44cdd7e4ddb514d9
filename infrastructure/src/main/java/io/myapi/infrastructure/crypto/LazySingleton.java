package io.myapi.infrastructure.crypto;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value created on first use, exactly once, by double-checked locking on a volatile field
 * (R3.1, R3.2, R22.4). For costly objects that may never be needed, such as zxcvbn's
 * dictionaries.
 *
 * @param <T> the type of the value
 */
public final class LazySingleton<T> implements Supplier<T> {

    private final Supplier<? extends T> factory;
    private final Object lock = new Object();
    private volatile T value;

    /**
     * Creates the holder; nothing is built yet.
     *
     * @param factory builds the value on first {@link #get()}; must not return null
     */
    public LazySingleton(Supplier<? extends T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (lock) {
                result = value;
                if (result == null) {
                    result = Objects.requireNonNull(factory.get(), "factory returned null");
                    value = result;
                }
            }
        }
        return result;
    }

    /**
     * Tells whether the value has been built.
     *
     * @return {@code true} after the first successful {@link #get()}
     */
    public boolean isInitialized() {
        return value != null;
    }
}
