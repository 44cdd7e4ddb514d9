package io.myapi.it;

import io.myapi.application.shared.TransactionRunner;
import io.myapi.web.security.EndpointRule;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** A test-only endpoint whose database work outlives any request timeout: {@code GET /api/test/slow-query}. */
@Configuration(proxyBeanMethods = false)
class SlowQueryProbe {

    /** Marker in the query text, to find it in pg_stat_activity. */
    static final String MARKER = "myapi-slow-query-probe";

    @Bean
    EndpointRule slowQueryRule() {
        return EndpointRule.open(HttpMethod.GET, "/api/test/slow-query");
    }

    @Bean
    EndpointRule slowPlainQueryRule() {
        return EndpointRule.open(HttpMethod.GET, "/api/test/slow-plain-query");
    }

    @Bean
    SlowQueryController slowQueryController(TransactionRunner transactions, DataSource dataSource) {
        return new SlowQueryController(transactions, new JdbcTemplate(dataSource));
    }
}
