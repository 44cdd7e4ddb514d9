package io.myapi.bootstrap.wiring;

import io.myapi.application.lifecycle.LifecycleHook;
import io.myapi.application.lifecycle.LifecycleManager;
import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.infrastructure.persistence.ConnectionStringRedactor;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time, lifecycle and the start-up configuration summary. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CoreConfiguration.class);

    /** Every time-dependent class takes this clock, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The lifecycle manager, with hooks in start order: the configuration summary first, then
     * every other {@link LifecycleHook} bean in bean-definition order.
     */
    @Bean
    LifecycleManager lifecycleManager(MyApiProperties settings, ObjectProvider<LifecycleHook> hooks) {
        LifecycleManager manager = new LifecycleManager();
        manager.register(configurationSummary(settings));
        hooks.orderedStream().forEach(manager::register);
        return manager;
    }

    /**
     * Ties the manager to Spring: starts before the web server accepts traffic, stops after it
     * has drained (low phase).
     */
    @Bean
    SmartLifecycle lifecycleManagerBridge(LifecycleManager manager) {
        return new SmartLifecycle() {
            @Override
            public void start() {
                manager.start();
            }

            @Override
            public void stop() {
                manager.stop();
            }

            @Override
            public boolean isRunning() {
                return manager.isRunning();
            }

            @Override
            public int getPhase() {
                return 0;
            }
        };
    }

    private static LifecycleHook configurationSummary(MyApiProperties settings) {
        return new LifecycleHook() {
            @Override
            public String name() {
                return "configuration-summary";
            }

            @Override
            public void start() {
                String database = settings.database().url() == null
                        ? "embedded H2 under the data folder"
                        : ConnectionStringRedactor.redact(settings.database().url());
                String redis = settings.redis().url() == null
                        ? "in-process"
                        : ConnectionStringRedactor.redact(settings.redis().url().reveal());
                LOG.info("my-api configuration: environment={} data_dir={} database={} shared_state={} "
                                + "cors_origins={} trusted_proxies={} rate_limits=anonymous:{},authenticated:{},login:{} jwt_secret={} "
                                + "jwt_algorithm={} previous_jwt_keys={} session_idle={} session_absolute={} concurrent_sessions={} "
                                + "cookie_mode={}",
                        settings.environment(), settings.dataDir().toAbsolutePath(), database, redis,
                        settings.security().cors().allowedOrigins().size(), settings.security().trustedProxies().size(),
                        settings.rateLimits().anonymous(),
                        settings.rateLimits().authenticated(), settings.rateLimits().login(),
                        settings.security().jwt().secret(), settings.security().jwt().algorithm(),
                        settings.security().jwt().previousKeys().size(), settings.security().sessions().idleTimeout(),
                        settings.security().sessions().absoluteTimeout(), settings.security().sessions().concurrent(),
                        settings.security().cookie().secret() != null ? "on" : "off");
            }
        };
    }
}
