package io.myapi.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SafeText}. */
public final class SafeTextValidator implements ConstraintValidator<SafeText, CharSequence> {

    private int min;
    private int max;
    private SafeText.CharacterClass allow;

    @Override
    public void initialize(SafeText annotation) {
        this.min = annotation.min();
        this.max = annotation.max();
        this.allow = annotation.allow();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return isSafe(value, min, max, allow);
    }

    /**
     * The check itself, usable without Bean Validation.
     *
     * @param value the text
     * @param min fewest code points
     * @param max most code points
     * @param allow the allowed class
     * @return {@code true} if the text satisfies the constraint
     */
    public static boolean isSafe(CharSequence value, int min, int max, SafeText.CharacterClass allow) {
        if (value.length() > 2L * max) {
            return false;
        }
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)))) {
                return false;
            }
            int codePoint = Character.codePointAt(value, i);
            if (!allowed(codePoint, allow)) {
                return false;
            }
            count++;
            i += Character.charCount(codePoint);
        }
        return count >= min && count <= max;
    }

    private static boolean allowed(int codePoint, SafeText.CharacterClass allow) {
        if (isBidiControl(codePoint)) {
            return false;
        }
        return switch (allow) {
            case IDENTIFIER -> (codePoint < 128 && Character.isLetterOrDigit(codePoint))
                    || codePoint == '_' || codePoint == '-' || codePoint == ' ';
            case NAME -> Character.isLetter(codePoint) || Character.isDigit(codePoint)
                    || Character.getType(codePoint) == Character.NON_SPACING_MARK
                    || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK
                    || codePoint == ' ' || codePoint == '\'' || codePoint == '-' || codePoint == '.' || codePoint == ',';
            case PRINTABLE -> codePoint == '\n' || codePoint == '\t'
                    || !(Character.isISOControl(codePoint)
                            || Character.getType(codePoint) == Character.FORMAT
                            || Character.getType(codePoint) == Character.UNASSIGNED
                            || Character.getType(codePoint) == Character.PRIVATE_USE
                            || Character.getType(codePoint) == Character.LINE_SEPARATOR
                            || Character.getType(codePoint) == Character.PARAGRAPH_SEPARATOR);
        };
    }

    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }
}
