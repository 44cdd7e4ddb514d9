package io.myapi.application.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses IP address literals without ever resolving a host name: the text is checked to be an
 * IPv4 or IPv6 literal before {@link InetAddress} sees it, and comes back in one canonical form
 * (so that {@code ::1} and {@code 0:0:0:0:0:0:0:1} are one ban).
 */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddresses() {
    }

    /**
     * The network a client is counted and banned by: an IPv4 address itself, an IPv6 address's
     * /64 (one host commonly holds a whole /64 and could pick a new address per request).
     *
     * @param normalized a result of {@link #normalize(String)}
     * @return the address, or {@code <first four groups>::/64}
     */
    public static String network(String normalized) {
        if (normalized.indexOf(':') < 0) {
            return normalized;
        }
        String[] groups = normalized.split(":", -1);
        if (groups.length != 8) {
            return normalized;
        }
        return groups[0] + ":" + groups[1] + ":" + groups[2] + ":" + groups[3] + "::/64";
    }

    /**
     * The canonical text of an address literal.
     *
     * @param text an IPv4 or IPv6 literal (IPv6 possibly in brackets)
     * @return the canonical form, or empty if {@code text} is not an address literal
     */
    public static Optional<String> normalize(String text) {
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        boolean v4 = IPV4.matcher(candidate).matches();
        if (!v4 && !(candidate.indexOf(':') >= 0 && IPV6.matcher(candidate).matches())) {
            return Optional.empty();
        }
        try {
            // A literal (checked above) is parsed, never looked up.
            return Optional.of(InetAddress.getByName(candidate).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
