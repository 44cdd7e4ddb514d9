package io.myapi.application.ratelimit.service;

import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.ratelimit.AbuseSettings;
import io.myapi.application.ratelimit.IpAddresses;
import io.myapi.application.ratelimit.IpBan;
import io.myapi.application.ratelimit.port.in.BanIpCommand;
import io.myapi.application.ratelimit.port.in.CheckIpBanUseCase;
import io.myapi.application.ratelimit.port.in.ManageIpBansUseCase;
import io.myapi.application.ratelimit.port.out.IpBanStore;
import io.myapi.application.ratelimit.port.out.ViolationRecords;
import io.myapi.application.shared.Violations;
import io.myapi.domain.user.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Administrators set, list and lift IP bans (every change a security event); every request is checked against them. */
public final class IpBanService implements ManageIpBansUseCase, CheckIpBanUseCase {

    /** The longest ban an administrator may set. */
    public static final Duration MAX_BAN = Duration.ofDays(365);

    private static final int MAX_REASON_LENGTH = 200;

    private final IpBanStore bans;
    private final ViolationRecords violations;
    private final AbuseSettings settings;
    private final SecurityEvents events;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param bans the ban list
     * @param violations violation records, cleared when a ban is lifted
     * @param settings the default ban duration
     * @param events where changes are reported
     * @param clock the time source
     */
    public IpBanService(IpBanStore bans, ViolationRecords violations, AbuseSettings settings, SecurityEvents events, Clock clock) {
        this.bans = bans;
        this.violations = violations;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public IpBan ban(Caller caller, BanIpCommand command) {
        requirePermission(caller);
        Violations violations = new Violations();
        String ip = IpAddresses.normalize(command.ip()).orElse(null);
        if (ip == null) {
            violations.add("ip", "invalid_ip", "must be an IPv4 or IPv6 address");
        }
        Duration duration = command.duration().orElse(settings.banDuration());
        if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.compareTo(MAX_BAN) > 0) {
            violations.add("duration_seconds", "out_of_range", "must be between 1 second and 365 days");
        }
        String reason = command.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH || reason.chars().anyMatch(Character::isISOControl)) {
            violations.add("reason", "invalid", "must be 1 to 200 characters without control characters");
        }
        violations.throwIfAny();
        Instant now = clock.instant();
        IpBan ban = new IpBan(ip, now, now.plus(duration), IpBan.Source.ADMINISTRATOR, reason);
        bans.save(ban);
        events.record(SecurityEventType.IP_BANNED, caller.userId().toString(), "ip=" + ip + " until " + ban.until());
        return ban;
    }

    @Override
    public Optional<IpBan> activeBan(String ip) {
        Instant now = clock.instant();
        Optional<IpBan> exact = bans.find(ip, now);
        String network = IpAddresses.network(ip);
        return exact.isPresent() || network.equals(ip) ? exact : bans.find(network, now);
    }

    @Override
    public void lift(Caller caller, String ip) {
        requirePermission(caller);
        String normalized = IpAddresses.normalize(ip).orElseThrow(() -> new ResourceNotFoundException("not an address"));
        Instant now = clock.instant();
        String network = IpAddresses.network(normalized);
        // An address inside a banned IPv6 /64 lifts the network's automatic ban.
        if (!bans.remove(normalized, now) && (network.equals(normalized) || !bans.remove(network, now))) {
            throw new ResourceNotFoundException("no active ban");
        }
        // A lifted ban restores service: the penalties and violations that led to it go too.
        violations.forget("ip:" + network);
        events.record(SecurityEventType.IP_BAN_LIFTED, caller.userId().toString(), "ip=" + normalized);
    }

    @Override
    public List<IpBan> list(Caller caller) {
        requirePermission(caller);
        return bans.active(clock.instant());
    }

    private static void requirePermission(Caller caller) {
        if (!caller.permissions().contains(Permission.IP_BAN_MANAGE)) {
            throw new PermissionDeniedException("IP bans need " + Permission.IP_BAN_MANAGE);
        }
    }
}
