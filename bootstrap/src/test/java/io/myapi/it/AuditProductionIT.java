package io.myapi.it;

import static io.myapi.it.IdentityApi.PASSWORD;
import static io.myapi.it.IdentityApi.json;
import static io.myapi.it.IdentityApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The audit trail on the real PostgreSQL (what a record holds, the chain, tampering, the append-only trigger), and alerts. */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class AuditProductionIT extends ProductionContext {

    @Autowired
    io.micrometer.core.instrument.MeterRegistry metrics;

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    private IdentityApi api() {
        return new IdentityApi(port);
    }

    private String auditorToken() throws Exception {
        String email = uniqueEmail();
        String id = api().register(email).get("id").asString();
        User user = users.findById(UserId.parse(id)).orElseThrow();
        user.replaceRoles(EnumSet.of(Role.AUDITOR), Instant.now());
        users.save(user);
        return api().loginOk(email, PASSWORD).get("access_token").asString();
    }

    private JsonNode lastRecords(String token, int count) throws Exception {
        // Walk to the end of the chain, keeping the last page.
        long after = 0;
        List<JsonNode> all = new ArrayList<>();
        while (true) {
            JsonNode page = json(api().withBearer("GET", "/api/v1/admin/audit?limit=100&after=" + after, null, token));
            page.get("items").forEach(all::add);
            if (page.get("next_after") == null || page.get("next_after").isNull()) {
                break;
            }
            after = page.get("next_after").asLong();
        }
        return tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(all.subList(Math.max(0, all.size() - count), all.size()));
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(ProductionSettings.DATABASE_URL, "myapi_test", "myapi_test");
    }

    @Test
    @Tag("R19.1")
    @Tag("R19.3")
    @Tag("R36.1")
    void aFailedLoginIsRecordedWithWhoWhatWhereFromAndHowItEnded() throws Exception {
        String email = uniqueEmail();
        String id = api().register(email).get("id").asString();
        assertThat(api().login(email, "Wrong-Guess-Entirely-1").statusCode()).isEqualTo(401);
        String auditor = auditorToken();

        JsonNode records = lastRecords(auditor, 20);
        JsonNode failure = null;
        for (JsonNode record : records) {
            if (record.get("action").asString().equals("LOGIN_FAILED") && record.get("subject").asString().equals(id)) {
                failure = record;
            }
        }
        assertThat(failure).as(records.toString()).isNotNull();
        assertThat(failure.get("actor_id").asString()).isEqualTo("anonymous");
        assertThat(failure.get("resource").asString()).isEqualTo("POST /api/v1/auth/login");
        assertThat(failure.get("outcome").asString()).isEqualTo("FAILURE");
        assertThat(failure.get("ip").asString()).isEqualTo("127.0.0.1");
        assertThat(failure.get("user_agent").asString()).startsWith("Java-http-client");
        assertThat(failure.get("location").asString()).isEqualTo("unknown");
        assertThat(failure.get("occurred_at").asString()).isNotBlank();
        assertThat(failure.toString()).doesNotContain("Wrong-Guess", email);
    }

    @Test
    @Tag("R19.5")
    @Tag("R36.5")
    void concurrentAppendsFormOneChainAndAnAlteredRowIsReportedByVerify() throws Exception {
        String auditor = auditorToken();
        String email = uniqueEmail();
        api().register(email);
        String customer = api().loginOk(email, PASSWORD).get("access_token").asString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            // Permission denials: each is audited, and none costs a password hash.
            List<Callable<Integer>> denials = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                denials.add(() -> api().withBearer("GET", "/api/v1/admin/users", null, customer).statusCode());
            }
            for (var result : pool.invokeAll(denials)) {
                assertThat(result.get()).isEqualTo(403);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode intact = json(api().withBearer("GET", "/api/v1/admin/audit/verify", null, auditor));
        assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("head_hash").asString()).hasSize(64);
        long target = lastRecords(auditor, 1).get(0).get("sequence").asLong();

        try (Connection connection = database(); Statement sql = connection.createStatement()) {
            // No role can change a record while the trigger is on (the tests connect as the owner).
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_log SET detail = 'rewritten' WHERE seq = " + target))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_log WHERE seq = " + target)).hasMessageContaining("append-only");

            // Someone with the owner's rights goes around it: verify names the record.
            String original;
            try (ResultSet row = sql.executeQuery("SELECT detail FROM audit_log WHERE seq = " + target)) {
                row.next();
                original = row.getString(1);
            }
            sql.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete");
            try {
                sql.executeUpdate("UPDATE audit_log SET detail = 'rewritten' WHERE seq = " + target);
                JsonNode broken = json(api().withBearer("GET", "/api/v1/admin/audit/verify", null, auditor));
                assertThat(broken.get("intact").asBoolean()).isFalse();
                assertThat(broken.get("first_broken_sequence").asLong()).isEqualTo(target);
            } finally {
                try (var restore = connection.prepareStatement("UPDATE audit_log SET detail = ? WHERE seq = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, target);
                    restore.executeUpdate();
                }
                sql.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete");
            }
        }
        assertThat(json(api().withBearer("GET", "/api/v1/admin/audit/verify", null, auditor)).get("intact").asBoolean()).isTrue();
    }

    @Test
    @Tag("R19.5")
    void onlyAuditorsAndAdministratorsReadTheTrail() throws Exception {
        String email = uniqueEmail();
        api().register(email);
        String customer = api().loginOk(email, PASSWORD).get("access_token").asString();
        HttpResponse<String> refused = api().withBearer("GET", "/api/v1/admin/audit", null, customer);
        IdentityApi.assertProblem(refused, 403, "ACCESS_DENIED");
        IdentityApi.assertProblem(api().withBearer("GET", "/api/v1/admin/audit/verify", null, customer), 403, "ACCESS_DENIED");
    }

    @Test
    @Tag("R36.2")
    @Tag("R36.6")
    void aBurstOfFailedLoginsOnOneAccountRaisesOneAlert(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        String email = uniqueEmail();
        String id = api().register(email).get("id").asString();
        double before = metrics.counter("myapi.security.alerts", "kind", "ACCOUNT_FAILURE_BURST").count();

        for (int i = 0; i < 13; i++) {
            assertThat(api().login(email, "Wrong-Guess-Entirely-" + i).statusCode()).isEqualTo(401);
        }

        String alerts = output.getAll().lines()
                .filter(line -> line.contains("\"event_type\":\"SECURITY_ALERT\"") && line.contains(id)).reduce("", String::concat);
        assertThat(alerts).contains("\"alert\":\"ACCOUNT_FAILURE_BURST\"", "\"severity\":\"CRITICAL\"");
        // One alert for the burst, not one per failure past the threshold.
        assertThat(alerts.split("ACCOUNT_FAILURE_BURST\"", -1).length - 1).isEqualTo(1);
        assertThat(metrics.counter("myapi.security.alerts", "kind", "ACCOUNT_FAILURE_BURST").count()).isEqualTo(before + 1);
        assertThat(output.getAll()).contains("\"event_type\":\"LOGIN_FAILED\",\"severity\":\"WARNING\"");
    }
}
