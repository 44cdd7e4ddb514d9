package io.myapi.web.proxy;

import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The proxies whose forwarding headers are believed: addresses or CIDR ranges, IPv4 or IPv6.
 * None by default, so that a client cannot choose its own address (ASVS 15.3.4).
 */
public final class TrustedProxies {

    /** The one header the trusted proxies write. */
    public enum Header {
        /** {@code X-Forwarded-For} and {@code X-Forwarded-Proto} (nginx, most load balancers; the default). */
        X_FORWARDED_FOR,
        /** {@code Forwarded} (RFC 7239). */
        FORWARDED
    }

    private final List<IpAddressMatcher> matchers;
    private final Header header;

    /**
     * Parses the list.
     *
     * @param addresses such as {@code 10.0.0.0/8} or {@code 2001:db8::1}
     * @param header the one header they write; the other is ignored
     * @throws IllegalArgumentException if an entry is not an address or range
     */
    public TrustedProxies(List<String> addresses, Header header) {
        this.matchers = addresses.stream().map(String::strip).map(TrustedProxies::matcher).toList();
        this.header = header;
    }

    /**
     * No proxy is trusted.
     *
     * @return an empty list
     */
    public static TrustedProxies none() {
        return new TrustedProxies(List.of(), Header.X_FORWARDED_FOR);
    }

    /**
     * The header the proxies write.
     *
     * @return the header
     */
    public Header header() {
        return header;
    }

    /**
     * Whether no proxy is trusted.
     *
     * @return {@code true} when the list is empty
     */
    public boolean isEmpty() {
        return matchers.isEmpty();
    }

    /**
     * Whether an address is a trusted proxy.
     *
     * @param address an address literal
     * @return {@code true} if a range contains it
     */
    public boolean trusts(String address) {
        for (IpAddressMatcher matcher : matchers) {
            if (matcher.matches(address)) {
                return true;
            }
        }
        return false;
    }

    private static IpAddressMatcher matcher(String entry) {
        String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
        if (io.myapi.application.ratelimit.IpAddresses.normalize(address).isEmpty()) {
            // IpAddressMatcher would resolve a host name; a proxy is configured by address only.
            throw new IllegalArgumentException("a trusted proxy must be an IP address or CIDR range");
        }
        return new IpAddressMatcher(entry);
    }
}
