package io.myapi.infrastructure.ratelimit;

import io.myapi.application.ratelimit.IpBan;
import io.myapi.application.ratelimit.port.out.IpBanStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The ban list of a single instance; expired bans are dropped as they are met. */
public final class InProcessIpBanStore implements IpBanStore {

    private final Map<String, IpBan> bans = new ConcurrentHashMap<>();

    @Override
    public Optional<IpBan> find(String ip, Instant now) {
        IpBan ban = bans.get(ip);
        if (ban != null && !ban.isActiveAt(now)) {
            bans.remove(ip, ban);
            return Optional.empty();
        }
        return Optional.ofNullable(ban);
    }

    @Override
    public void save(IpBan ban) {
        // Expired bans are swept on every save, so the map is bounded by the bans still running.
        bans.values().removeIf(existing -> !existing.isActiveAt(ban.createdAt()));
        bans.put(ban.ip(), ban);
    }

    @Override
    public boolean remove(String ip, Instant now) {
        IpBan removed = bans.remove(ip);
        return removed != null && removed.isActiveAt(now);
    }

    @Override
    public List<IpBan> active(Instant now) {
        bans.values().removeIf(ban -> !ban.isActiveAt(now));
        return bans.values().stream().sorted(Comparator.comparing(IpBan::ip)).toList();
    }
}
