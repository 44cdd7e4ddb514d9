package io.myapi.bench;

import io.myapi.MyApiApplication;
import io.myapi.application.audit.AuditChain;
import io.myapi.application.audit.AuditEntry;
import io.myapi.application.audit.AuditRecord;
import io.myapi.application.audit.port.out.AuditTrail;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logging and audit overhead under load, in one run on the embedded defaults: the same audited
 * request (a customer's {@code GET /api/v1/admin/users}, answered 403 and recorded as
 * {@code ACCESS_DENIED} on the security log and the audit chain) with everything on, with the
 * audit trail replaced by a no-op, and with the security log off too. Not a test: run it as
 * the README says.
 */
public final class AuditOverheadBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditOverheadBenchmark() {
    }

    /** An audit trail that stores nothing: the "audit off" variant. */
    static class NoAuditTrail {
        @Bean
        @Primary
        AuditTrail noAuditTrail() {
            return new AuditTrail() {
                @Override
                public AuditRecord append(AuditEntry entry) {
                    return AuditChain.seal(1, entry, AuditChain.GENESIS);
                }

                @Override
                public List<AuditRecord> after(long afterSequence, int limit) {
                    return List.of();
                }

                @Override
                public Head head() {
                    return new Head(0, AuditChain.GENESIS);
                }
            };
        }
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(System.getProperty("threads", "4"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "5"));
        int rounds = Integer.parseInt(System.getProperty("rounds", "4"));
        int warmup = Integer.parseInt(System.getProperty("warmup", "15"));
        List<String> results = new ArrayList<>();
        results.add(measure("audit trail and security log", false, false, threads, seconds, rounds, warmup));
        results.add(measure("security log only (no audit)", true, false, threads, seconds, rounds, warmup));
        results.add(measure("neither", true, true, threads, seconds, rounds, warmup));
        System.out.printf("threads=%d rounds=%d seconds_per_round=%d cpus=%d%n", threads, rounds, seconds,
                Runtime.getRuntime().availableProcessors());
        results.forEach(System.out::println);
    }

    private static String measure(String variant, boolean noAudit, boolean noSecurityLog, int threads, int seconds, int rounds,
            int warmup) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--myapi.data-dir=" + Files.createTempDirectory("myapi-bench-audit"), "--logging.level.root=WARN",
                "--myapi.rate-limits.authenticated=1000000000/minute", "--myapi.rate-limits.login=1000/minute"));
        arguments.add("--logging.level.security=" + (noSecurityLog ? "OFF" : "INFO"));
        SpringApplicationBuilder builder = noAudit
                ? new SpringApplicationBuilder(MyApiApplication.class, NoAuditTrail.class)
                : new SpringApplicationBuilder(MyApiApplication.class);
        try (ConfigurableApplicationContext app = builder.run(arguments.toArray(String[]::new))) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String email = "bench-" + UUID.randomUUID() + "@example.com";
            String password = "Violet-Orbit-42-Tundra";
            LoadRun.post(base + "/api/v1/auth/register",
                    "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"display_name\":\"Bench\"}", null);
            String token = JSON.readTree(LoadRun.post(base + "/api/v1/auth/login",
                    "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null)).get("access_token").asString();
            String url = base + "/api/v1/admin/users";
            LoadRun.run(url, token, threads, warmup, 403);
            List<Double> measured = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                measured.add(LoadRun.run(url, token, threads, seconds, 403));
            }
            return String.format("%-32s %6.0f requests/s (median; rounds %s)", variant + ":", LoadRun.median(measured),
                    LoadRun.rounded(measured));
        }
    }
}
