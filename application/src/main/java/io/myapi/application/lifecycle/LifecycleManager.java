package io.myapi.application.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs start-up hooks in registration order and shut-down hooks in reverse order (R3.4).
 *
 * <p>A failing hook does not stop the others: every hook of the phase runs, then all failures
 * are thrown together as one {@link LifecycleException} (R3.5). Shut-down only stops hooks
 * whose start succeeded, so a half-started resource is never "stopped" twice. Thread-safe: the
 * phases are serialised on this object.
 */
public final class LifecycleManager {

    private static final Logger LOG = Logger.getLogger(LifecycleManager.class.getName());

    private final List<LifecycleHook> hooks = new ArrayList<>();
    private final List<LifecycleHook> started = new ArrayList<>();
    private boolean running;

    /**
     * Adds a hook; hooks start in the order they are registered.
     *
     * @param hook the hook to add
     * @throws IllegalStateException if the manager is already running
     */
    public synchronized void register(LifecycleHook hook) {
        Objects.requireNonNull(hook, "hook");
        if (running) {
            throw new IllegalStateException("cannot register hook '" + hook.name() + "' after start");
        }
        hooks.add(hook);
    }

    /**
     * Starts every registered hook in order.
     *
     * @throws LifecycleException listing every hook that failed to start
     */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        List<String> failedNames = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (LifecycleHook hook : hooks) {
            try {
                hook.start();
                started.add(hook);
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "lifecycle hook failed to start: " + hook.name(), e);
                failedNames.add(hook.name());
                failures.add(e);
            }
        }
        throwIfAny("start", failedNames, failures);
    }

    /**
     * Stops the started hooks in reverse order of registration.
     *
     * @throws LifecycleException listing every hook that failed to stop
     */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        List<String> failedNames = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int i = started.size() - 1; i >= 0; i--) {
            LifecycleHook hook = started.get(i);
            try {
                hook.stop();
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "lifecycle hook failed to stop: " + hook.name(), e);
                failedNames.add(hook.name());
                failures.add(e);
            }
        }
        started.clear();
        throwIfAny("stop", failedNames, failures);
    }

    /**
     * Tells whether {@link #start()} ran and {@link #stop()} has not.
     *
     * @return the running state
     */
    public synchronized boolean isRunning() {
        return running;
    }

    private static void throwIfAny(String phase, List<String> failedNames, List<Exception> failures) {
        if (!failures.isEmpty()) {
            throw new LifecycleException(phase, failedNames, failures);
        }
    }
}
