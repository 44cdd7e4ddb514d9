package io.myapi.it;

import io.myapi.application.shared.TransactionRunner;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs a 20 s query in a transaction (declared by {@link SlowQueryProbe}). */
@RestController
class SlowQueryController {
    private final TransactionRunner transactions;
    private final JdbcTemplate jdbc;

    SlowQueryController(TransactionRunner transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/test/slow-query")
    Map<String, String> slow() {
        transactions.inTransaction(() -> jdbc.queryForObject("select pg_sleep(20) /* " + SlowQueryProbe.MARKER + " */", Object.class));
        return Map.of("finished", "yes");
    }

    /** The same query outside any transaction runner, as the identity repositories issue theirs. */
    @GetMapping("/api/test/slow-plain-query")
    Map<String, String> slowPlain() {
        jdbc.queryForObject("select pg_sleep(20) /* " + SlowQueryProbe.MARKER + " */", Object.class);
        return Map.of("finished", "yes");
    }
}
