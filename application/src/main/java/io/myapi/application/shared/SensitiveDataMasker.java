package io.myapi.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data and secrets in free text (R19.2, R19.6, R17.5): JWTs, bearer tokens, API
 * keys, passwords in {@code key=value} or JSON form, email addresses, card numbers (only when
 * the Luhn check passes, keeping the last four digits), US social security numbers and phone
 * numbers; plus any extra patterns configured, each match replaced whole. Applied centrally to
 * every log line and stack trace, and to every audit record.
 */
public final class SensitiveDataMasker {

    /** What replaces a masked value. */
    public static final String MASK = "***";

    // Every quantifier is bounded, so that no pattern costs more than linear time on hostile input.
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,2048}\\.[A-Za-z0-9_-]{5,8192}\\.[A-Za-z0-9_-]{0,2048}");
    private static final Pattern BEARER = Pattern.compile("(?i)((?:bearer|basic)\\s{1,8})[A-Za-z0-9._~+/=-]{8,4096}");
    private static final Pattern API_KEY = Pattern.compile("\\bmyapi_[A-Za-z0-9]{4,64}_[A-Za-z0-9_-]{16,256}");
    private static final String SECRET_KEYS = "(?:[a-z_]{0,32}(?:password|passwd|pwd|secret|token)|api[_-]?key)";
    /** A quoted JSON value: everything up to the closing quote, spaces included. */
    private static final Pattern QUOTED_SECRET = Pattern.compile("(?i)(\"" + SECRET_KEYS + "\"\\s{0,8}:\\s{0,8}\")([^\"]{0,4096})");
    private static final Pattern PASSWORD = Pattern.compile("(?i)(\\b" + SECRET_KEYS + "\\s{0,8}[:=]\\s{0,8})([^\"\\s,;&}]{1,4096})");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\\.){1,10}[A-Za-z]{2,24}");
    private static final Pattern CARD = Pattern.compile("\\b\\d(?:[ -]?\\d){12,18}\\b");
    private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{2,4}\\)[ .-]?|\\d{3}[ .-])\\d{3,4}[ .-]\\d{4}\\b"
            + "|(?<![\\w.])\\+\\d{8,15}\\b");

    private final List<Pattern> extra;

    /**
     * Creates a masker.
     *
     * @param extraPatterns more regular expressions whose matches are masked
     */
    public SensitiveDataMasker(List<Pattern> extraPatterns) {
        this.extra = List.copyOf(extraPatterns);
    }

    /**
     * The built-in patterns only.
     *
     * @return a masker
     */
    public static SensitiveDataMasker standard() {
        return new SensitiveDataMasker(List.of());
    }

    /**
     * Compiles configured patterns, refusing broken ones with a message naming the position only.
     *
     * @param patterns regular expressions
     * @return the masker
     * @throws IllegalArgumentException if one does not compile
     */
    public static SensitiveDataMasker withPatterns(List<String> patterns) {
        List<Pattern> compiled = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            try {
                compiled.add(Pattern.compile(patterns.get(i)));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("mask pattern " + i + " is not a valid regular expression", e);
            }
        }
        return new SensitiveDataMasker(compiled);
    }

    /**
     * Masks a text.
     *
     * @param text any text
     * @return the text with every sensitive value replaced by {@value #MASK}
     */
    public String mask(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return text;
        }
        // Cheap pre-checks first: most log values contain nothing any pattern could match.
        String out = text;
        if (out.contains("eyJ")) {
            out = JWT.matcher(out).replaceAll(MASK);
        }
        String lower = out.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("bearer") || lower.contains("basic")) {
            out = BEARER.matcher(out).replaceAll("$1" + MASK);
        }
        if (out.contains("myapi_")) {
            out = API_KEY.matcher(out).replaceAll(MASK);
        }
        if (out.indexOf('=') >= 0 || out.indexOf(':') >= 0) {
            out = QUOTED_SECRET.matcher(out).replaceAll("$1" + MASK);
            out = PASSWORD.matcher(out).replaceAll("$1" + MASK);
        }
        if (out.indexOf('@') >= 0) {
            out = EMAIL.matcher(out).replaceAll(MASK);
        }
        if (hasDigitRun(out, 7)) {
            out = maskCards(out);
            out = SSN.matcher(out).replaceAll(MASK);
            out = PHONE.matcher(out).replaceAll(MASK);
        }
        for (Pattern pattern : extra) {
            out = pattern.matcher(out).replaceAll(MASK);
        }
        return out;
    }

    /** Whether the text holds at least {@code digits} digits in all (cards, SSNs and phone numbers need seven or more). */
    private static boolean hasDigitRun(String text, int digits) {
        int seen = 0;
        for (int i = 0; i < text.length() && seen < digits; i++) {
            if (Character.isDigit(text.charAt(i))) {
                seen++;
            }
        }
        return seen >= digits;
    }

    private static String maskCards(String text) {
        Matcher matcher = CARD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("[ -]", "");
            String replacement = luhn(digits) ? MASK + digits.substring(digits.length() - 4) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
