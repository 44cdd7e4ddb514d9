package io.myapi.web.injection;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signatures of SQL-injection attempts (R1.6). Queries are parameterised regardless; this only
 * spots and refuses the attempt early, and names the rule for the security log.
 */
public final class SqlInjectionSignatures {

    /**
     * One rule.
     *
     * @param name stable rule name for the log
     * @param pattern what it matches, case-insensitively
     */
    public record Rule(String name, Pattern pattern) {
    }

    /** The rules, most specific first. */
    public static final List<Rule> RULES = List.of(
            rule("TAUTOLOGY", "['\"`]\\s*(or|and)\\s+['\"`]?\\w+['\"`]?\\s*(=|like|<|>)"),
            rule("TAUTOLOGY_NUMERIC", "\\b(or|and)\\s+\\d+\\s*=\\s*\\d+"),
            rule("UNION_SELECT", "\\bunion\\b[\\s\\S]{0,40}\\bselect\\b"),
            rule("STACKED_QUERY", ";\\s*(drop|delete|insert|update|alter|create|truncate|exec|execute|grant)\\b"),
            rule("COMMENT", "(--\\s*$|--\\s|/\\*|\\*/)"),
            rule("TIME_DELAY", "\\b(sleep|pg_sleep|benchmark)\\s*\\(|\\bwaitfor\\s+delay\\b"),
            rule("SYSTEM_OBJECT", "\\b(xp_cmdshell|information_schema|pg_catalog|sqlite_master)\\b"),
            rule("QUOTE_BREAKOUT", "['\"`]\\s*\\)?\\s*;"));

    private SqlInjectionSignatures() {
    }

    private static Rule rule(String name, String regex) {
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /**
     * The first rule a value matches.
     *
     * @param value a parameter value or path segment, decoded
     * @return the rule, if any
     */
    public static Optional<Rule> match(String value) {
        return RULES.stream().filter(rule -> rule.pattern().matcher(value).find()).findFirst();
    }
}
