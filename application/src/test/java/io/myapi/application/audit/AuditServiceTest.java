package io.myapi.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.application.audit.port.in.AuditVerification;
import io.myapi.application.audit.service.AuditService;
import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.support.MutableClock;
import io.myapi.application.identity.support.RecordingSecurityEvents;
import io.myapi.application.shared.RequestOrigin;
import io.myapi.domain.user.Permission;
import io.myapi.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who, what, where from, how it ended; the chain and its verification. */
class AuditServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final RecordingSecurityEvents log = new RecordingSecurityEvents();
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final AuditService audit = new AuditService(log, trail, ip -> "unknown", io.myapi.application.shared.SensitiveDataMasker.standard(), clock);
    private final Caller auditor = new Caller(UserId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV"), Set.of(Permission.AUDIT_READ),
            Optional.of("session"), Optional.empty(), false);

    @Test
    @Tag("R19.1")
    @Tag("R19.3")
    @Tag("R36.1")
    @Tag("R19.2")
    void anAuditedEventRecordsWhoWhatWhereFromAndHowItEndedAndIsAlsoLogged() {
        try (RequestOrigin.Scope ignored = RequestOrigin.open(new RequestOrigin("198.51.100.7", "curl/8.5\u0000\r\nforged", "POST /api/v1/auth/login",
                Optional.empty()))) {
            audit.record(SecurityEventType.LOGIN_FAILED, "01ARZ3NDEKTSV4RRFFQ69G5FAV", "wrong password for casey@example.com");
        }

        AuditEntry entry = trail.records.get(0).entry();
        assertThat(entry.occurredAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(entry.actorId()).isEqualTo("anonymous");
        assertThat(entry.action()).isEqualTo("LOGIN_FAILED");
        assertThat(entry.resource()).isEqualTo("POST /api/v1/auth/login");
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(entry.ip()).isEqualTo("198.51.100.7");
        assertThat(entry.userAgent()).isEqualTo("curl/8.5   forged");
        assertThat(entry.location()).isEqualTo("unknown");
        assertThat(entry.detail()).isEqualTo("wrong password for ***");
        assertThat(log.of(SecurityEventType.LOGIN_FAILED)).hasSize(1);
    }

    @Test
    @Tag("R19.1")
    void routineEventsAreLoggedButNotAudited() {
        audit.record(SecurityEventType.API_KEY_USED, "key", "used");
        assertThat(trail.records).isEmpty();
        assertThat(log.of(SecurityEventType.API_KEY_USED)).hasSize(1);
    }

    @Test
    @Tag("R19.5")
    @Tag("R36.5")
    void verificationFindsTheFirstAlteredRecord() {
        for (int i = 0; i < 5; i++) {
            audit.record(SecurityEventType.LOGIN_SUCCEEDED, "user-" + i, "session opened");
        }
        AuditVerification intact = audit.verify(auditor);
        assertThat(intact.intact()).isTrue();
        assertThat(intact.records()).isEqualTo(5);
        assertThat(intact.headHash()).isEqualTo(trail.records.get(4).hash());

        AuditRecord third = trail.records.get(2);
        AuditEntry e = third.entry();
        trail.records.set(2, new AuditRecord(3, new AuditEntry(e.occurredAt(), e.actorId(), "LOGIN_FAILED", e.subject(), e.resource(),
                e.outcome(), e.ip(), e.userAgent(), e.location(), e.detail()), third.previousHash(), third.hash()));

        AuditVerification broken = audit.verify(auditor);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBroken()).hasValue(3);

        // Records cut from the end are noticed too: the head remembers where the chain ended.
        trail.records.set(2, third);
        trail.records.remove(4);
        trail.records.remove(3);
        assertThat(audit.verify(auditor).firstBroken()).hasValue(4);
    }

    @Test
    @Tag("R19.5")
    void pagesFollowTheChainAndOnlyReadersMayLook() {
        for (int i = 0; i < 3; i++) {
            audit.record(SecurityEventType.SESSION_ENDED, "session-" + i, "logout");
        }
        var first = audit.page(auditor, 0, 2);
        assertThat(first.items()).extracting(AuditRecord::sequence).containsExactly(1L, 2L);
        assertThat(first.nextAfter()).isEqualTo(2);
        var last = audit.page(auditor, first.nextAfter(), 2);
        assertThat(last.items()).extracting(AuditRecord::sequence).containsExactly(3L);
        assertThat(last.nextAfter()).isZero();
        assertThat(last.items().get(0).previousHash()).isEqualTo(first.items().get(1).hash());

        Caller customer = new Caller(auditor.userId(), Set.of(Permission.ORDER_OWN), Optional.of("s"), Optional.empty(), false);
        assertThatThrownBy(() -> audit.page(customer, 0, 10)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> audit.verify(customer)).isInstanceOf(PermissionDeniedException.class);
    }
}
