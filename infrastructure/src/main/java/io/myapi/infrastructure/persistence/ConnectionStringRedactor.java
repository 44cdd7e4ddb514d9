package io.myapi.infrastructure.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Renders a JDBC or Redis connection string with its credentials removed, for logs (R7.2,
 * R17.3, R24.5).
 *
 * <p>The string is parsed, not pattern-matched: URL forms ({@code jdbc:postgresql://u:p@h/db?password=x},
 * {@code redis://:p@h:6379}) go through {@link URI}, and their user-info and every credential-like
 * query parameter are replaced by {@value #MASK}; H2's {@code ;KEY=VALUE} settings are split and
 * their credential keys masked. Anything that does not parse is masked whole after its scheme:
 * a log line may lose detail, never leak a password.
 */
public final class ConnectionStringRedactor {

    /** What replaces each credential. */
    public static final String MASK = "***";

    private static final String JDBC_PREFIX = "jdbc:";

    private ConnectionStringRedactor() {
    }

    /**
     * Redacts a connection string.
     *
     * @param connectionString a JDBC URL or a URI such as {@code redis://...}; may be blank
     * @return the same string with credentials masked
     */
    public static String redact(String connectionString) {
        String trimmed = connectionString.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String prefix = "";
        String rest = trimmed;
        if (rest.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length())) {
            prefix = rest.substring(0, JDBC_PREFIX.length());
            rest = rest.substring(JDBC_PREFIX.length());
        }
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            return prefix + MASK;
        }
        String scheme = rest.substring(0, colon);
        String afterScheme = rest.substring(colon + 1);
        if (afterScheme.startsWith("//")) {
            return prefix + redactHierarchical(rest, scheme);
        }
        return prefix + scheme + ":" + redactSemicolonSettings(afterScheme);
    }

    private static String redactHierarchical(String uriText, String scheme) {
        URI uri;
        try {
            uri = new URI(uriText);
        } catch (URISyntaxException e) {
            return scheme + ":" + MASK;
        }
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            // multi-host or otherwise unusual authority: keep nothing of it
            return scheme + "://" + MASK + redactedPathAndQuery(uri);
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(MASK).append('@');
        }
        if (uri.getHost() != null) {
            out.append(uri.getHost());
        }
        if (uri.getPort() >= 0) {
            out.append(':').append(uri.getPort());
        }
        return out.append(redactedPathAndQuery(uri)).toString();
    }

    private static String redactedPathAndQuery(URI uri) {
        StringBuilder out = new StringBuilder();
        if (uri.getRawPath() != null) {
            out.append(uri.getRawPath());
        }
        if (uri.getRawQuery() != null) {
            StringJoiner query = new StringJoiner("&", "?", "");
            for (String pair : uri.getRawQuery().split("&", -1)) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                query.add(eq >= 0 && isCredentialKey(key) ? key + "=" + MASK : pair);
            }
            out.append(query);
        }
        if (uri.getRawFragment() != null) {
            out.append('#').append(MASK);
        }
        return out.toString();
    }

    private static String redactSemicolonSettings(String afterScheme) {
        String[] parts = afterScheme.split(";", -1);
        StringJoiner out = new StringJoiner(";");
        out.add(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            out.add(eq >= 0 && isCredentialKey(key) ? key + "=" + MASK : part);
        }
        return out.toString();
    }

    /** User names count as credentials too: half of a login is still half of a login. */
    static boolean isCredentialKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.equals("user") || k.equals("username") || k.contains("pass") || k.contains("pwd")
                || k.contains("secret") || k.contains("token") || k.contains("key")
                || k.contains("credential") || k.contains("auth");
    }
}
