package io.myapi.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.domain.shared.ConcurrentUpdateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RequestDeadlineTest {

    @Test
    @Tag("R26.2")
    void outsideARequestThereIsNoDeadlineAndInsideItRunsOut() throws Exception {
        assertThat(RequestDeadline.remaining()).isEmpty();
        assertThat(RequestDeadline.passed()).isFalse();
        try (RequestDeadline.Scope ignored = RequestDeadline.start(Duration.ofMillis(30))) {
            assertThat(RequestDeadline.remaining()).hasValueSatisfying(left -> assertThat(left).isPositive());
            Thread.sleep(40);
            assertThat(RequestDeadline.passed()).isTrue();
            assertThatThrownBy(RequestDeadline::check).isInstanceOf(RequestDeadlineExceededException.class);
        }
        assertThat(RequestDeadline.remaining()).isEmpty();
    }

    @Test
    @Tag("R26.2")
    void noRetryStartsAfterTheDeadline() {
        List<Long> sleeps = new ArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        RetryPolicy retries = new RetryPolicy(12, Duration.ofSeconds(1), Duration.ofSeconds(5), bound -> bound, millis -> {
            sleeps.add(millis);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        try (RequestDeadline.Scope ignored = RequestDeadline.start(Duration.ofMillis(200))) {
            assertThatThrownBy(() -> retries.run(() -> {
                attempts.incrementAndGet();
                throw new ConcurrentUpdateException(new IllegalStateException("lost race"));
            }, attempt -> { })).isInstanceOf(RequestDeadlineExceededException.class);
        }

        // One attempt; its 1 s back-off would end after the 200 ms deadline, so no sleep and no second attempt.
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }
}
