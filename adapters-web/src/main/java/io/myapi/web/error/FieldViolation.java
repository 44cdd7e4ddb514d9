package io.myapi.web.error;

/**
 * One entry of a problem's {@code errors} list: the JSON property as the client sent it, a
 * stable lower-case code and a message that never quotes the rejected value.
 *
 * @param field JSON path such as {@code lines[0].product_id}, or a parameter name
 * @param code stable code such as {@code required}, {@code invalid_type}, {@code unknown_field}
 * @param message human-readable explanation
 */
public record FieldViolation(String field, String code, String message) {
}
