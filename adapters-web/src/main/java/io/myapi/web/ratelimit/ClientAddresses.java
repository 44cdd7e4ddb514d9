package io.myapi.web.ratelimit;

import io.myapi.application.ratelimit.IpAddresses;
import io.myapi.application.shared.RequestOrigin;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The request's normalized client address: parsed once by the origin filter, parsed here only when it did not run. */
final class ClientAddresses {

    private ClientAddresses() {
    }

    static Optional<String> of(HttpServletRequest request) {
        Optional<RequestOrigin> origin = RequestOrigin.current();
        if (origin.isPresent()) {
            return Optional.of(origin.get().ip()).filter(ip -> !"unknown".equals(ip));
        }
        return IpAddresses.normalize(request.getRemoteAddr());
    }
}
