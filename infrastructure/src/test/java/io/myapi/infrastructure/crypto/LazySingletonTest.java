package io.myapi.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LazySingletonTest {

    @Test
    @Tag("R3.1")
    void buildsNothingUntilFirstUse() {
        AtomicInteger builds = new AtomicInteger();
        LazySingleton<Object> lazy = new LazySingleton<>(() -> {
            builds.incrementAndGet();
            return new Object();
        });
        assertThat(builds).hasValue(0);
        assertThat(lazy.isInitialized()).isFalse();
        Object first = lazy.get();
        assertThat(lazy.get()).isSameAs(first);
        assertThat(builds).hasValue(1);
        assertThat(lazy.isInitialized()).isTrue();
    }

    @Test
    @Tag("R3.2")
    @Tag("R22.4")
    void buildsExactlyOnceUnderContention() throws Exception {
        int threads = 32;
        AtomicInteger builds = new AtomicInteger();
        LazySingleton<Object> lazy = new LazySingleton<>(() -> {
            builds.incrementAndGet();
            Thread.onSpinWait();
            return new Object();
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return lazy.get();
                }));
            }
            start.countDown();
            Set<Object> seen = ConcurrentHashMap.newKeySet();
            for (Future<Object> result : results) {
                seen.add(result.get(10, TimeUnit.SECONDS));
            }
            assertThat(seen).hasSize(1);
            assertThat(builds).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
