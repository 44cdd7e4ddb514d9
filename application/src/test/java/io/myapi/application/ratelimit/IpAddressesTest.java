package io.myapi.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

    @Test
    @Tag("R16.6")
    void literalsComeBackInOneCanonicalForm() {
        assertThat(IpAddresses.normalize("198.51.100.7")).hasValue("198.51.100.7");
        assertThat(IpAddresses.normalize(" 2001:db8::1 ")).hasValue("2001:db8:0:0:0:0:0:1");
        assertThat(IpAddresses.normalize("[2001:DB8:0:0:0:0:0:1]")).hasValue("2001:db8:0:0:0:0:0:1");
        assertThat(IpAddresses.normalize("::ffff:198.51.100.7")).hasValue("198.51.100.7");
    }

    @Test
    @Tag("R16.6")
    void anIpv6ClientIsCountedByItsSlash64() {
        assertThat(IpAddresses.network("2001:db8:1:2:a:b:c:d")).isEqualTo("2001:db8:1:2::/64");
        assertThat(IpAddresses.network("198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com", "256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4/24", "1.2.3.4:80", "::g", "a:b"})
    @Tag("R16.6")
    void anythingButALiteralIsRefusedWithoutALookup(String text) {
        assertThat(IpAddresses.normalize(text)).isEmpty();
    }
}
