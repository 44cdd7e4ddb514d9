package io.myapi.application.audit.port.out;

/** Where an address is (R19.3); pluggable, so that a GeoIP database can be added without touching the trail. */
public interface GeoLocator {

    /** The answer when the location is not known. */
    String UNKNOWN = "unknown";

    /**
     * Locates an address.
     *
     * @param ip a normalized address, or {@code unknown}
     * @return a place such as a country code, or {@link #UNKNOWN} (never a guess)
     */
    String locate(String ip);
}
