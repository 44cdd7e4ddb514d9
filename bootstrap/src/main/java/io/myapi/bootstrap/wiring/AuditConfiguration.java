package io.myapi.bootstrap.wiring;

import io.myapi.application.audit.port.out.AuditTrail;
import io.myapi.application.audit.port.out.GeoLocator;
import io.myapi.application.audit.service.AuditService;
import io.myapi.application.shared.SensitiveDataMasker;
import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.infrastructure.persistence.audit.JdbcAuditTrail;
import io.myapi.infrastructure.security.LoggingSecurityEvents;
import io.myapi.infrastructure.security.UnknownGeoLocator;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit trail: every security event goes to the {@code security} log and, for the audited
 * types, onto the hash chain in the database. {@link AuditService} is the application's one
 * {@code SecurityEvents}.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(DataSource dataSource, PlatformTransactionManager transactions) {
        return new JdbcAuditTrail(dataSource, transactions);
    }

    /** No GeoIP database is configured: every location is "unknown" (R19.3); a real locator replaces this bean. */
    @Bean
    GeoLocator geoLocator() {
        return new UnknownGeoLocator();
    }

    @Bean
    AuditService auditService(AuditTrail trail, GeoLocator geo, MyApiProperties settings, Clock clock) {
        return new AuditService(new LoggingSecurityEvents(), trail, geo, SensitiveDataMasker.withPatterns(settings.logging().maskPatterns()),
                clock);
    }
}
