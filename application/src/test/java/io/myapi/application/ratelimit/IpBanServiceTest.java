package io.myapi.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.support.MutableClock;
import io.myapi.application.identity.support.RecordingSecurityEvents;
import io.myapi.application.ratelimit.port.in.BanIpCommand;
import io.myapi.application.ratelimit.service.IpBanService;
import io.myapi.application.ratelimit.support.MapIpBanStore;
import io.myapi.application.shared.ValidationException;
import io.myapi.domain.user.Permission;
import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Administrators' bans. */
class IpBanServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final MapIpBanStore store = new MapIpBanStore();
    private final RecordingSecurityEvents events = new RecordingSecurityEvents();
    private final IpBanService service = new IpBanService(store, new io.myapi.application.ratelimit.support.MapViolationRecords(clock),
            new AbuseSettings(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1), 10, Duration.ofHours(1)), events, clock);
    private final Caller admin = caller(Set.of(Permission.IP_BAN_MANAGE));

    private static Caller caller(Set<Permission> permissions) {
        return new Caller(UserId.parse("01HZX3KQ9M0000000000000000"), permissions, Optional.of("session"), Optional.empty(), false);
    }

    @Test
    @Tag("R16.6")
    void aBanLastsTheGivenOrConfiguredDurationAndCanBeLifted() {
        IpBan given = service.ban(admin, new BanIpCommand("2001:db8::7", Optional.of(Duration.ofMinutes(10)), "scraping"));
        IpBan defaulted = service.ban(admin, new BanIpCommand("198.51.100.9", Optional.empty(), "credential stuffing"));

        assertThat(given.ip()).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(given.until()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(defaulted.until()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(defaulted.source()).isEqualTo(IpBan.Source.ADMINISTRATOR);
        assertThat(service.list(admin)).extracting(IpBan::ip).containsExactly("198.51.100.9", "2001:db8:0:0:0:0:0:7");
        assertThat(service.activeBan("2001:db8:0:0:0:0:0:7")).contains(given);

        service.lift(admin, "[2001:db8::7]");
        assertThat(service.list(admin)).extracting(IpBan::ip).containsExactly("198.51.100.9");
        assertThatThrownBy(() -> service.lift(admin, "2001:db8::7")).isInstanceOf(ResourceNotFoundException.class);
        assertThat(events.of(SecurityEventType.IP_BANNED)).hasSize(2);
        assertThat(events.of(SecurityEventType.IP_BAN_LIFTED)).hasSize(1);

        clock.advance(Duration.ofHours(1));
        assertThat(service.list(admin)).isEmpty();
    }

    @Test
    @Tag("R16.6")
    void everyBadFieldIsReportedAndHostNamesAreNotAddresses() {
        assertThatThrownBy(() -> service.ban(admin, new BanIpCommand("example.com", Optional.of(Duration.ofDays(400)), " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field)
                        .containsExactlyInAnyOrder("ip", "duration_seconds", "reason"));
        assertThat(store.active(clock.instant())).isEmpty();
    }

    @Test
    @Tag("R16.6")
    void onlyHoldersOfThePermissionManageBans() {
        Caller customer = caller(Set.of(Permission.ORDER_OWN));
        assertThatThrownBy(() -> service.ban(customer, new BanIpCommand("198.51.100.9", Optional.empty(), "x")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.list(customer)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.lift(customer, "198.51.100.9")).isInstanceOf(PermissionDeniedException.class);
    }
}
