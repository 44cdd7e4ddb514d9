package io.myapi.bench;

import io.myapi.MyApiApplication;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
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
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
            String token = JSON.readTree(post(base + "/api/v1/auth/login",
                    "{\"email\":\"admin@localhost\",\"password\":\"" + password + "\"}", null)).get("access_token").asString();
            String id = JSON.readTree(post(base + "/api/v1/products", "{\"sku\":\"BENCH-1\",\"name\":\"Bench\",\"description\":\"\","
                    + "\"price\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"stock\":1}", token)).get("id").asString();

            int warmup = Integer.parseInt(System.getProperty("warmup", "20"));
            run(base + "/api/v1/products/" + id, token, threads, warmup);
            run(base + BYPASS + "products/" + id, null, threads, warmup);
            // Interleaved rounds, so that drift (JIT, GC, the machine) hits both paths alike; medians.
            int rounds = Integer.parseInt(System.getProperty("rounds", "6"));
            List<Double> secured = new ArrayList<>();
            List<Double> bypassed = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                secured.add(run(base + "/api/v1/products/" + id, token, threads, seconds));
                bypassed.add(run(base + BYPASS + "products/" + id, null, threads, seconds));
            }
            double securedMedian = median(secured);
            double bypassedMedian = median(bypassed);
            System.out.printf("threads=%d rounds=%d seconds_per_round=%d cpus=%d%n", threads, rounds, seconds,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("with the edge and security chain: %.0f requests/s (median; rounds %s)%n", securedMedian, rounded(secured));
            System.out.printf("all of it bypassed:               %.0f requests/s (median; rounds %s)%n", bypassedMedian, rounded(bypassed));
            System.out.printf("with / without:                   %.1f %%%n", 100 * securedMedian / bypassedMedian);
        } finally {
            app.close();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    private static String post(String url, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double run(String url, String token, int threads, int seconds) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong ok = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            ok.incrementAndGet();
                        }
                    } catch (Exception e) {
                        return;
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return ok.get() / ((System.nanoTime() - started) / 1e9);
    }
}
