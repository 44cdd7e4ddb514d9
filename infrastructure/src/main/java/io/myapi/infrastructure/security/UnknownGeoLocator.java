package io.myapi.infrastructure.security;

import io.myapi.application.audit.port.out.GeoLocator;

/** The locator when no GeoIP database is configured: every address is {@code unknown}, never a guess (R19.3). */
public final class UnknownGeoLocator implements GeoLocator {

    @Override
    public String locate(String ip) {
        return UNKNOWN;
    }
}
