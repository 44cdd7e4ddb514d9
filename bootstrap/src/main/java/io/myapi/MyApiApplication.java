package io.myapi;

import io.myapi.bootstrap.wiring.ApplicationWiring;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The my-api application. No component scanning: every bean is declared in the
 * {@code @Configuration} classes that {@link ApplicationWiring} imports (R3.3).
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(ApplicationWiring.class)
public class MyApiApplication {

    /**
     * Starts the API.
     *
     * @param args command-line arguments, passed to Spring Boot
     */
    public static void main(String[] args) {
        SpringApplication.run(MyApiApplication.class, args);
    }
}
