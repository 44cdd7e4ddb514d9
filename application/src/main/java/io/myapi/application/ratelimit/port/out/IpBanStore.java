package io.myapi.application.ratelimit.port.out;

import io.myapi.application.ratelimit.IpBan;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The ban list, shared by every instance in production. Expired bans are never returned. */
public interface IpBanStore {

    /**
     * The ban on an address.
     *
     * @param ip a normalized address
     * @param now the current time
     * @return the ban still active at {@code now}, if any
     */
    Optional<IpBan> find(String ip, Instant now);

    /**
     * Sets or replaces the ban on {@link IpBan#ip()}.
     *
     * @param ban the ban
     */
    void save(IpBan ban);

    /**
     * Lifts a ban.
     *
     * @param ip a normalized address
     * @param now the current time
     * @return {@code true} if an active ban was lifted
     */
    boolean remove(String ip, Instant now);

    /**
     * Every active ban.
     *
     * @param now the current time
     * @return the bans active at {@code now}, by address
     */
    List<IpBan> active(Instant now);
}
