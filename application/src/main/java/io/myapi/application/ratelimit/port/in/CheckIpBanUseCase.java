package io.myapi.application.ratelimit.port.in;

import io.myapi.application.ratelimit.IpBan;
import java.util.Optional;

/** Checks a request's address against the ban list, before anything else is done with it (R16.6). */
public interface CheckIpBanUseCase {

    /**
     * The ban on an address.
     *
     * @param ip a normalized address
     * @return the active ban on the address, or for IPv6 on its /64 network, if any
     */
    Optional<IpBan> activeBan(String ip);
}
