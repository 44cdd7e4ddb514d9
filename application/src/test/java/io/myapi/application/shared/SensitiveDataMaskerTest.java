package io.myapi.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SensitiveDataMaskerTest {

    private final SensitiveDataMasker masker = SensitiveDataMasker.standard();

    @Test
    @Tag("R19.2")
    @Tag("R17.5")
    @Tag("R38.5")
    void personalDataAndSecretsAreMasked() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMUFSWiJ9.c2lnbmF0dXJlLXBhcnQ";
        String line = "user casey.doe@example.com logged in with " + jwt + ", Authorization: Bearer abcdefgh12345678, "
                + "key myapi_ab12cd34_0123456789abcdefXYZ, password=hunter2hunter2 {\"new_password\":\"S3cret!x\"}, "
                + "card 4111 1111 1111 1111, ssn 123-45-6789, phone +1 415-555-2671 and (020) 7946-0958";

        String masked = masker.mask(line);

        assertThat(masked).doesNotContain("casey.doe@example.com", jwt, "abcdefgh12345678", "0123456789abcdef", "hunter2", "S3cret!x",
                "4111 1111 1111 1111", "123-45-6789", "415-555-2671", "7946-0958");
        assertThat(masked).contains("***1111", "Bearer ***", "password=***");
    }

    @Test
    @Tag("R19.2")
    void whatIsNotSensitiveStaysReadable() {
        String line = "order 01ARZ3NDEKTSV4RRFFQ69G5FAV placed at 2026-12-04T10:11:22.528Z from 198.51.100.7, "
                + "version 0.1.0, 1234567812345678 (not Luhn), took 1234 ms";

        assertThat(masker.mask(line)).isEqualTo(line);
    }

    @Test
    @Tag("R19.6")
    void configuredPatternsAreMaskedToo() {
        SensitiveDataMasker custom = SensitiveDataMasker.withPatterns(List.of("IBAN [A-Z]{2}\\d{2}[A-Z0-9]{10,30}"));

        assertThat(custom.mask("pay to IBAN DE89370400440532013000 today")).isEqualTo("pay to *** today");
    }

    @Test
    @Tag("R19.2")
    void quotedSecretsWithSpacesAndOtherTokensAndBasicCredentialsAreMasked() {
        String masked = masker.mask("{\"password\":\"correct horse battery\",\"id_token\":\"abc.def\"} reset_token=xyz123 "
                + "Authorization: Basic dXNlcjpwYXNzd29yZA==");

        assertThat(masked).doesNotContain("horse", "battery", "abc.def", "xyz123", "dXNlcjpwYXNzd29yZA");
    }
}
