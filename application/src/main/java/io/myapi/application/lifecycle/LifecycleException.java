package io.myapi.application.lifecycle;

import java.util.List;

/**
 * Every hook failure of one start or stop phase, reported together once the phase has run all
 * its hooks (R3.5). Each failure is attached as a suppressed exception, with its own cause chain.
 */
public final class LifecycleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> failedHooks;

    LifecycleException(String phase, List<String> failedHooks, List<Exception> failures) {
        super(phase + " failed for " + failedHooks.size() + " hook(s): " + String.join(", ", failedHooks));
        this.failedHooks = List.copyOf(failedHooks);
        failures.forEach(this::addSuppressed);
    }

    /**
     * Names of the hooks that failed, in the order they ran.
     *
     * @return an immutable list of hook names
     */
    public List<String> failedHooks() {
        return failedHooks;
    }
}
