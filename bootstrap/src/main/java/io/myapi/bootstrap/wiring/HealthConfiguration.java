package io.myapi.bootstrap.wiring;

import io.myapi.bootstrap.health.HealthProbeController;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public probes. */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {

    @Bean
    HealthProbeController healthProbeController(HealthEndpoint health) {
        return new HealthProbeController(health);
    }
}
