package io.myapi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionStringRedactorTest {

    @ParameterizedTest
    @Tag("R7.2")
    @Tag("R17.3")
    @Tag("R24.5")
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://app:hunter2@db.internal:5432/shop?sslmode=require|jdbc:postgresql://***@db.internal:5432/shop?sslmode=require",
        "jdbc:postgresql://db.internal/shop?user=app&password=hunter2&ssl=true|jdbc:postgresql://db.internal/shop?user=***&password=***&ssl=true",
        "redis://:hunter2@cache:6379/0|redis://***@cache:6379/0",
        "rediss://default:hunter2@cache:6380|rediss://***@cache:6380",
        "jdbc:h2:file:/data/myapi;MODE=PostgreSQL;USER=sa;PASSWORD=hunter2|jdbc:h2:file:/data/myapi;MODE=PostgreSQL;USER=***;PASSWORD=***",
        "jdbc:postgresql://a:hunter2@h1:5432,h2:5432/shop|jdbc:postgresql://***/shop",
        "jdbc:postgresql://db/shop?sslpassword=hunter2|jdbc:postgresql://db/shop?sslpassword=***",
        "not a url hunter2|***",
    })
    void removesCredentialsAndKeepsTheRest(String url, String expected) {
        assertThat(ConnectionStringRedactor.redact(url)).isEqualTo(expected).doesNotContain("hunter2");
    }

    @Test
    @Tag("R7.2")
    @Tag("R11.3")
    void neverLetsAPasswordThrough() {
        qt().forAll(strings().betweenCodePoints(33, 126).ofLengthBetween(6, 24)).check(password -> {
            String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8);
            String[] urls = {
                "jdbc:postgresql://app:" + encoded + "@db:5432/shop",
                "jdbc:postgresql://db:5432/shop?password=" + encoded,
                "redis://:" + encoded + "@cache:6379",
                "jdbc:h2:file:./data/x;PASSWORD=" + password.replace(";", "") + ";MODE=PostgreSQL",
            };
            for (String url : urls) {
                String redacted = ConnectionStringRedactor.redact(url);
                if (redacted.contains(encoded) || (password.length() > 5 && redacted.contains(password.replace(";", "")))) {
                    return false;
                }
            }
            return true;
        });
    }
}
