package io.myapi.web.support;

import io.myapi.web.WebConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The web adapter's real configuration plus a probe controller, for {@code @WebMvcTest} slices. */
@SpringBootConfiguration(proxyBeanMethods = false)
@Import({WebConfiguration.class, ProbeController.class})
public class WebTestApplication {

    /** Fixed time, so {@code timestamp} members are predictable. */
    public static final Instant NOW = Instant.parse("2026-12-04T10:15:30.123Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
