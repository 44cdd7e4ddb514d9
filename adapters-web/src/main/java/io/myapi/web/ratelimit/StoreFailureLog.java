package io.myapi.web.ratelimit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Logs a failing shared store: the stack trace at most once a minute, the class name otherwise,
 * so that an outage (every request refused) does not flood the log.
 */
final class StoreFailureLog {

    private static final long INTERVAL = TimeUnit.MINUTES.toNanos(1);
    private static final AtomicLong LAST_FULL = new AtomicLong(System.nanoTime() - INTERVAL);

    private StoreFailureLog() {
    }

    static void report(Logger log, String message, RuntimeException failure) {
        long now = System.nanoTime();
        long last = LAST_FULL.get();
        if (now - last >= INTERVAL && LAST_FULL.compareAndSet(last, now)) {
            log.error(message, failure);
        } else {
            log.error("{}: {}", message, failure.getClass().getSimpleName());
        }
    }
}
