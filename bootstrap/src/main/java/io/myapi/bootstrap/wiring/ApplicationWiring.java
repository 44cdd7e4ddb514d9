package io.myapi.bootstrap.wiring;

import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.web.WebConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The list of every module's configuration: what the application is made of (R3.3). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MyApiProperties.class)
@Import({
        CoreConfiguration.class,
        PersistenceConfiguration.class,
        SharedStateConfiguration.class,
        HealthConfiguration.class,
        AuditConfiguration.class,
        MonitoringConfiguration.class,
        TracingConfiguration.class,
        IdentityConfiguration.class,
        RateLimitConfiguration.class,
        CommerceConfiguration.class,
        WebConfiguration.class
})
public class ApplicationWiring {
}
