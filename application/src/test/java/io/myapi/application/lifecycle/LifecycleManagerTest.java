package io.myapi.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class LifecycleManagerTest {

    private final List<String> events = new ArrayList<>();

    private LifecycleHook hook(String name, boolean failStart, boolean failStop) {
        return new LifecycleHook() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void start() {
                events.add("start " + name);
                if (failStart) {
                    throw new IllegalStateException(name + " cannot start");
                }
            }

            @Override
            public void stop() {
                events.add("stop " + name);
                if (failStop) {
                    throw new IllegalStateException(name + " cannot stop");
                }
            }
        };
    }

    @Test
    @Tag("R3.4")
    @Tag("R11.5")
    void startsInRegistrationOrderAndStopsInReverse() {
        LifecycleManager manager = new LifecycleManager();
        manager.register(hook("database", false, false));
        manager.register(hook("redis", false, false));
        manager.register(hook("telemetry", false, false));

        manager.start();
        assertThat(manager.isRunning()).isTrue();
        manager.stop();

        assertThat(events).containsExactly(
                "start database", "start redis", "start telemetry",
                "stop telemetry", "stop redis", "stop database");
        assertThat(manager.isRunning()).isFalse();
    }

    @Test
    @Tag("R3.5")
    @Tag("R11.5")
    void runsEveryStartHookAndReportsAllFailuresTogether() {
        LifecycleManager manager = new LifecycleManager();
        manager.register(hook("a", true, false));
        manager.register(hook("b", false, false));
        manager.register(hook("c", true, false));

        LifecycleException error = catchThrowableOfType(LifecycleException.class, manager::start);

        assertThat(events).containsExactly("start a", "start b", "start c");
        assertThat(error.failedHooks()).containsExactly("a", "c");
        assertThat(error.getSuppressed()).hasSize(2)
                .extracting(Throwable::getMessage).containsExactly("a cannot start", "c cannot start");
    }

    @Test
    @Tag("R3.5")
    @Tag("R11.5")
    void runsEveryStopHookAndOnlyStopsWhatStarted() {
        LifecycleManager manager = new LifecycleManager();
        manager.register(hook("a", false, true));
        manager.register(hook("b", true, false));
        manager.register(hook("c", false, true));
        assertThatThrownBy(manager::start).isInstanceOf(LifecycleException.class);
        events.clear();

        LifecycleException error = catchThrowableOfType(LifecycleException.class, manager::stop);

        assertThat(events).containsExactly("stop c", "stop a");
        assertThat(error.failedHooks()).containsExactly("c", "a");
        assertThat(error.getSuppressed()).hasSize(2);
    }

    @Test
    @Tag("R3.4")
    void refusesRegistrationOnceRunning() {
        LifecycleManager manager = new LifecycleManager();
        manager.start();
        assertThatThrownBy(() -> manager.register(hook("late", false, false)))
                .isInstanceOf(IllegalStateException.class);
    }
}
