package io.myapi.application.identity;

import io.myapi.domain.shared.DomainException;
import java.util.List;

/** Raised when a new password breaks the policy. The password itself is never kept. */
public final class WeakPasswordException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "WEAK_PASSWORD";

    /** One broken rule, with a client-safe message that does not repeat the password. */
    public enum Rule {
        /** Fewer than the minimum number of characters. */
        TOO_SHORT("must be at least 12 characters long"),
        /** More than the maximum number of characters. */
        TOO_LONG("must be at most 128 characters long"),
        /** Fewer than three of lower case, upper case, digits and symbols. */
        TOO_SIMPLE("must mix at least three of: lower-case letters, upper-case letters, digits, symbols"),
        /** On the shipped list of common passwords. */
        COMMON("is too common: it appears in lists of frequently used passwords"),
        /** Contains the user's email or name. */
        PERSONAL("must not contain your email address or name");

        private final String message;

        Rule(String message) {
            this.message = message;
        }

        /**
         * The client-facing explanation.
         *
         * @return the message
         */
        public String message() {
            return message;
        }
    }

    private final transient List<Rule> broken;
    private final String field;

    /**
     * Creates the exception.
     *
     * @param broken every broken rule, at least one
     * @param field the request field that carried the password, in the API's snake_case
     */
    public WeakPasswordException(List<Rule> broken, String field) {
        super("password policy violated: " + broken);
        this.broken = List.copyOf(broken);
        this.field = field;
    }

    /**
     * The request field that carried the password.
     *
     * @return such as {@code password} or {@code new_password}
     */
    public String field() {
        return field;
    }

    /**
     * Every broken rule.
     *
     * @return the rules
     */
    public List<Rule> broken() {
        return broken;
    }

    @Override
    public String code() {
        return CODE;
    }
}
