package io.myapi.web.proxy;

import io.myapi.application.ratelimit.IpAddresses;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Replaces the peer address and scheme by the ones a trusted proxy forwarded. Only when the peer
 * is a trusted proxy is the one configured header read: {@code X-Forwarded-For} with
 * {@code X-Forwarded-Proto}, or {@code Forwarded} (RFC 7239), never both and never one in place
 * of the other (a proxy that writes one passes a client's copy of the other through untouched).
 * The hops are walked from the right, skipping trusted proxies, and the first untrusted hop is
 * the client. A hop that is not an address literal (an obfuscated identifier, {@code unknown},
 * garbage) stops the walk at the last trusted hop; ports are dropped. From any other peer the
 * headers are ignored. Everything after this filter (rate limits, bans, logs, HSTS) sees the
 * result through {@code getRemoteAddr()} and {@code isSecure()}.
 */
public final class ClientAddressFilter implements Filter {

    private static final int MAX_HOPS = 20;

    private final TrustedProxies proxies;

    /**
     * Creates the filter.
     *
     * @param proxies the trusted proxies and the header they write
     */
    public ClientAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (proxies.isEmpty() || !(request instanceof HttpServletRequest http) || request instanceof ForwardedRequest) {
            chain.doFilter(request, response);
            return;
        }
        String peer = IpAddresses.normalize(http.getRemoteAddr()).orElse(http.getRemoteAddr());
        if (!proxies.trusts(peer)) {
            chain.doFilter(request, response);
            return;
        }
        List<Hop> hops = proxies.header() == TrustedProxies.Header.FORWARDED ? forwardedHops(Collections.list(http.getHeaders("Forwarded"))) : xForwardedHops(http);
        String client = peer;
        String proto = null;
        for (int i = hops.size() - 1; i >= 0; i--) {
            // Each hop was written by a trusted proxy: its scheme is believed even when its address is not usable.
            proto = hops.get(i).proto().orElse(proto);
            Optional<String> address = hops.get(i).address().flatMap(IpAddresses::normalize);
            if (address.isEmpty()) {
                break;
            }
            client = address.get();
            if (!proxies.trusts(client)) {
                break;
            }
        }
        boolean secure = proto == null ? http.isSecure() : "https".equals(proto);
        chain.doFilter(new ForwardedRequest(http, client, secure), response);
    }

    private record Hop(Optional<String> address, Optional<String> proto) {
    }

    private static List<Hop> xForwardedHops(HttpServletRequest request) {
        List<String> addresses = new ArrayList<>();
        Collections.list(request.getHeaders("X-Forwarded-For")).forEach(value -> addresses.addAll(List.of(value.split(","))));
        Optional<String> proto = lastValue(Collections.list(request.getHeaders("X-Forwarded-Proto")));
        List<Hop> hops = new ArrayList<>();
        if (addresses.isEmpty() && proto.isPresent()) {
            hops.add(new Hop(Optional.empty(), proto));
        }
        for (int i = Math.max(0, addresses.size() - MAX_HOPS); i < addresses.size(); i++) {
            // X-Forwarded-Proto carries no per-hop detail: the scheme the proxies agree on applies to every hop.
            hops.add(new Hop(Optional.of(stripPort(addresses.get(i).strip())), proto));
        }
        return hops;
    }

    private static List<Hop> forwardedHops(List<String> headers) {
        List<Hop> hops = new ArrayList<>();
        for (String header : headers) {
            for (String element : header.split(",")) {
                String address = null;
                String proto = null;
                for (String pair : element.split(";")) {
                    int equals = pair.indexOf('=');
                    if (equals < 0) {
                        continue;
                    }
                    String name = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                    String value = unquote(pair.substring(equals + 1).strip());
                    if (name.equals("for")) {
                        address = stripPort(value);
                    } else if (name.equals("proto")) {
                        proto = value.toLowerCase(Locale.ROOT);
                    }
                }
                hops.add(new Hop(Optional.ofNullable(address), Optional.ofNullable(proto)));
            }
        }
        return hops.size() > MAX_HOPS ? hops.subList(hops.size() - MAX_HOPS, hops.size()) : hops;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /** {@code [2001:db8::1]:443} and {@code 192.0.2.1:80} lose their port; a bare IPv6 literal keeps its colons. */
    private static String stripPort(String value) {
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end > 0 ? value.substring(0, end + 1) : value;
        }
        int colon = value.indexOf(':');
        return colon > 0 && colon == value.lastIndexOf(':') ? value.substring(0, colon) : value;
    }

    private static Optional<String> lastValue(List<String> headers) {
        if (headers.isEmpty()) {
            return Optional.empty();
        }
        String[] values = headers.get(headers.size() - 1).split(",");
        return Optional.of(values[values.length - 1].strip().toLowerCase(Locale.ROOT));
    }

    /** The request as the client sent it to the first trusted proxy. */
    static final class ForwardedRequest extends HttpServletRequestWrapper {
        private final String client;
        private final boolean secure;

        ForwardedRequest(HttpServletRequest request, String client, boolean secure) {
            super(request);
            this.client = client;
            this.secure = secure;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getScheme() {
            return secure ? "https" : "http";
        }
    }
}
