package io.myapi.application.identity;

import io.myapi.application.identity.WeakPasswordException.Rule;
import io.myapi.application.identity.port.out.CommonPasswordList;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.EmailAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The password policy (R8.5, R18.2, R18.3): 12 to 128 characters, at least three of four
 * character classes, not on the shipped common-password list, and not containing the user's
 * email local part or display name. Every broken rule is reported at once.
 */
public final class PasswordPolicy {

    /** Fewest characters (R18.3). */
    public static final int MIN_LENGTH = 12;

    /** Most characters: bounds the hashing work an attacker can ask for. */
    public static final int MAX_LENGTH = 128;

    /** Character classes out of four a password must mix. */
    public static final int MIN_CLASSES = 3;

    /** Shortest personal fragment (local part, name) that counts as contained. */
    private static final int MIN_PERSONAL_FRAGMENT = 3;

    private final CommonPasswordList commonPasswords;

    /**
     * Creates the policy.
     *
     * @param commonPasswords the shipped list of common passwords
     */
    public PasswordPolicy(CommonPasswordList commonPasswords) {
        this.commonPasswords = Objects.requireNonNull(commonPasswords, "commonPasswords");
    }

    /**
     * Checks a new password.
     *
     * @param password the candidate
     * @param email the account's address
     * @param displayName the account's name
     * @param field the request field that carried the password, named in the errors
     * @throws WeakPasswordException listing every broken rule
     */
    public void check(Secret password, EmailAddress email, String displayName, String field) {
        String candidate = password.reveal();
        List<Rule> broken = new ArrayList<>();
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            broken.add(Rule.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            broken.add(Rule.TOO_LONG);
        }
        if (characterClasses(candidate) < MIN_CLASSES) {
            broken.add(Rule.TOO_SIMPLE);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower) || commonPasswords.contains(stripTrailingDigitsAndSymbols(lower))) {
            broken.add(Rule.COMMON);
        }
        if (containsPersonal(lower, email, displayName)) {
            broken.add(Rule.PERSONAL);
        }
        if (!broken.isEmpty()) {
            throw new WeakPasswordException(broken, field);
        }
    }

    private static int characterClasses(String candidate) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** "Password123!" is as common as "password": the usual decorations do not help. */
    private static String stripTrailingDigitsAndSymbols(String lower) {
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(0, end);
    }

    private static boolean containsPersonal(String lower, EmailAddress email, String displayName) {
        List<String> fragments = new ArrayList<>();
        fragments.add(email.localPart());
        for (String part : displayName.toLowerCase(Locale.ROOT).split("[\\s._-]+")) {
            fragments.add(part);
        }
        return fragments.stream()
                .filter(fragment -> fragment.length() >= MIN_PERSONAL_FRAGMENT)
                .anyMatch(lower::contains);
    }
}
