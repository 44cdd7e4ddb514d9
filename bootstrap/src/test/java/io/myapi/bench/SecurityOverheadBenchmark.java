package io.myapi.bench;

import io.myapi.MyApiApplication;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of {@code GET /api/v1/products/{id}} through the whole chain (the edge filters:
 * correlation id, trusted-proxy address, security headers, ban check, deadline, body limit,
 * injection guard; then Spring Security: bearer token, session check, rate limiter, rule table)
 * against the same handler mapped a second time under {@code /bench-unsecured/} with all of it
 * bypassed, in one run on the embedded defaults. Not a test: run it as the README says. The
 * bypass exists only in this benchmark's context; budgets are raised so nothing is refused.
 */
public final class SecurityOverheadBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecurityOverheadBenchmark() {
    }

    private static final String BYPASS = "/bench-unsecured/";

    /** Security and edge-filter bypass for the mirror path only. */
    static class BypassConfiguration {
        @org.springframework.context.annotation.Bean
        WebSecurityCustomizer benchmarkBypass() {
            return web -> web.ignoring().requestMatchers(BYPASS + "**");
        }

        /** Every my-api servlet filter skips the mirror path. */
        @org.springframework.context.annotation.Bean
        static org.springframework.beans.factory.config.BeanPostProcessor edgeFilterBypass() {
            return new org.springframework.beans.factory.config.BeanPostProcessor() {
                @Override
                @SuppressWarnings({"unchecked", "rawtypes"})
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof org.springframework.boot.web.servlet.FilterRegistrationBean registration
                            && registration.getFilter().getClass().getPackageName().startsWith("io.myapi.web")) {
                        jakarta.servlet.Filter edge = registration.getFilter();
                        registration.setFilter((jakarta.servlet.Filter) (request, response, chain) -> {
                            if (((jakarta.servlet.http.HttpServletRequest) request).getRequestURI().startsWith(BYPASS)) {
                                chain.doFilter(request, response);
                            } else {
                                edge.doFilter(request, response, chain);
                            }
                        });
                    }
                    return bean;
                }
            };
        }
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(System.getProperty("threads", "4"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "5"));
        Path data = Files.createTempDirectory("myapi-bench-security");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MyApiApplication.class, BypassConfiguration.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--myapi.data-dir=" + data, "--logging.level.root=WARN",
                        "--myapi.rate-limits.authenticated=1000000000/minute", "--myapi.rate-limits.login=1000/minute");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            RequestMappingHandlerMapping mapping = app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            Object controller = app.getBean("productController");
            Method get = controller.getClass().getDeclaredMethod("get", String.class);
            mapping.registerMapping(RequestMappingInfo.paths(BYPASS + "products/{id}").methods(
                    org.springframework.web.bind.annotation.RequestMethod.GET).options(mapping.getBuilderConfiguration()).build(),
                    controller, get);

            String base = "http://127.0.0.1:" + port;
            String password = Files.readString(data.resolve("initial-admin-password")).strip();
            String token = JSON.readTree(LoadRun.post(base + "/api/v1/auth/login",
                    "{\"email\":\"admin@localhost\",\"password\":\"" + password + "\"}", null)).get("access_token").asString();
            String id = JSON.readTree(LoadRun.post(base + "/api/v1/products", "{\"sku\":\"BENCH-1\",\"name\":\"Bench\",\"description\":\"\","
                    + "\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"stock\":1}", token)).get("id").asString();

            int warmup = Integer.parseInt(System.getProperty("warmup", "20"));
            LoadRun.run(base + "/api/v1/products/" + id, token, threads, warmup);
            LoadRun.run(base + BYPASS + "products/" + id, null, threads, warmup);
            // Interleaved rounds, so that drift (JIT, GC, the machine) hits both paths alike; medians.
            int rounds = Integer.parseInt(System.getProperty("rounds", "6"));
            List<Double> secured = new ArrayList<>();
            List<Double> bypassed = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                secured.add(LoadRun.run(base + "/api/v1/products/" + id, token, threads, seconds));
                bypassed.add(LoadRun.run(base + BYPASS + "products/" + id, null, threads, seconds));
            }
            double securedMedian = LoadRun.median(secured);
            double bypassedMedian = LoadRun.median(bypassed);
            System.out.printf("threads=%d rounds=%d seconds_per_round=%d cpus=%d%n", threads, rounds, seconds,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("with the edge and security chain: %.0f requests/s (median; rounds %s)%n", securedMedian, LoadRun.rounded(secured));
            System.out.printf("all of it bypassed:               %.0f requests/s (median; rounds %s)%n", bypassedMedian, LoadRun.rounded(bypassed));
            System.out.printf("with / without:                   %.1f %%%n", 100 * securedMedian / bypassedMedian);
        } finally {
            app.close();
        }
    }
}
