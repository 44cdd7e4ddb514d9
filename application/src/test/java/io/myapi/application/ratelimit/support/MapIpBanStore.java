package io.myapi.application.ratelimit.support;

import io.myapi.application.ratelimit.IpBan;
import io.myapi.application.ratelimit.port.out.IpBanStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The ban list in a map (use-case tests). */
public final class MapIpBanStore implements IpBanStore {

    private final Map<String, IpBan> bans = new ConcurrentHashMap<>();

    @Override
    public Optional<IpBan> find(String ip, Instant now) {
        return Optional.ofNullable(bans.get(ip)).filter(ban -> ban.isActiveAt(now));
    }

    @Override
    public void save(IpBan ban) {
        bans.put(ban.ip(), ban);
    }

    @Override
    public boolean remove(String ip, Instant now) {
        IpBan removed = bans.remove(ip);
        return removed != null && removed.isActiveAt(now);
    }

    @Override
    public List<IpBan> active(Instant now) {
        return bans.values().stream().filter(ban -> ban.isActiveAt(now)).sorted(Comparator.comparing(IpBan::ip)).toList();
    }
}
