package io.myapi.web.error;

import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Turns Java property paths and Jackson paths into the JSON property names a client sent
 * (snake_case, as the mapper writes them), so that no Java field name leaks (R14.6, R25.3).
 */
final class JsonFieldNames {

    private JsonFieldNames() {
    }

    /**
     * Converts a Bean Validation path such as {@code lines[0].productId}.
     *
     * @param javaPath the property path
     * @return the JSON path, e.g. {@code lines[0].product_id}
     */
    static String fromJavaPath(String javaPath) {
        StringBuilder out = new StringBuilder(javaPath.length() + 8);
        for (int i = 0; i < javaPath.length(); i++) {
            char c = javaPath.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && javaPath.charAt(i - 1) != '.' && javaPath.charAt(i - 1) != '[') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Renders a Jackson path; names there are already the JSON names the client sent.
     *
     * @param path the exception's path
     * @return e.g. {@code lines[0].quantity}, or the empty string for the document root
     */
    static String fromJacksonPath(List<JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
