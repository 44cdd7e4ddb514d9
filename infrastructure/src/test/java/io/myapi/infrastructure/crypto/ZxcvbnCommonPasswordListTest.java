package io.myapi.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The shipped common-password list. */
class ZxcvbnCommonPasswordListTest {

    private final ZxcvbnCommonPasswordList list = new ZxcvbnCommonPasswordList();

    @Test
    @Tag("R18.2")
    void holdsAtLeastTenThousandCommonPasswords() {
        assertThat(list.size()).isGreaterThanOrEqualTo(10_000);
        assertThat(list.contains("password")).isTrue();
        assertThat(list.contains("qwerty")).isTrue();
        assertThat(list.contains("iloveyou")).isTrue();
        assertThat(list.contains("x7#kq9!zv2@mw")).isFalse();
    }
}
