package io.myapi.web.injection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Injection signatures: the classics are caught, identifiers never are. */
class SqlInjectionSignaturesTest {

    @ParameterizedTest(name = "{0}")
    @Tag("R1.6")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "' OR '1'='1|TAUTOLOGY", "1 OR 1=1|TAUTOLOGY_NUMERIC", "x' UNION SELECT password FROM users|UNION_SELECT",
            "1 UNION ALL SELECT null|UNION_SELECT", "1; DROP TABLE users|STACKED_QUERY", "admin'--|COMMENT",
            "1 AND SLEEP(5)|TIME_DELAY", "1 WAITFOR DELAY '0:0:5'|TIME_DELAY", "x from information_schema.tables|SYSTEM_OBJECT",
            "abc');|QUOTE_BREAKOUT"})
    void classicPayloadsAreCaughtByTheirRule(String payload, String rule) {
        assertThat(SqlInjectionSignatures.match(payload)).hasValueSatisfying(found -> assertThat(found.name()).isEqualTo(rule));
    }

    @Test
    @Tag("R1.6")
    void identifiersSkusSortKeysAndNumbersNeverMatch() {
        qt().forAll(strings().betweenCodePoints('0', 'Z').ofLengthBetween(0, 40))
                .check(text -> SqlInjectionSignatures.match(text.replace(";", "").replace("'", "").replace("=", "")
                        .replace("<", "").replace(">", "")).isEmpty());
        for (String ordinary : new String[] {"-price", "created_at", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "MUG-001", "20", "EUR",
                "price-low-to-high", "Rock-n-roll"}) {
            assertThat(SqlInjectionSignatures.match(ordinary)).as(ordinary).isEmpty();
        }
    }
}
