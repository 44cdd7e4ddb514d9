package io.myapi.application.identity.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand (R11.1). */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /**
     * Creates the clock.
     *
     * @param start the first instant
     */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /**
     * Moves time forward.
     *
     * @param amount how far
     */
    public void advance(Duration amount) {
        now = now.plus(amount);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
