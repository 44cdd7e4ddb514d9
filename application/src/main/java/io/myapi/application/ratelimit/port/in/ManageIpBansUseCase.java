package io.myapi.application.ratelimit.port.in;

import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.ratelimit.IpBan;
import java.util.List;

/** Administrators' view of the ban list: {@code /api/v1/admin/ip-bans} (R16.6). Needs {@code IP_BAN_MANAGE}. */
public interface ManageIpBansUseCase {

    /**
     * Bans an address, replacing any ban it has.
     *
     * @param caller the administrator
     * @param command the address, duration and reason
     * @return the ban
     */
    IpBan ban(Caller caller, BanIpCommand command);

    /**
     * Lifts the ban on an address, or else on the IPv6 /64 it belongs to.
     *
     * @param caller the administrator
     * @param ip the address
     */
    void lift(Caller caller, String ip);

    /**
     * Every active ban.
     *
     * @param caller the administrator
     * @return the bans by address
     */
    List<IpBan> list(Caller caller);
}
