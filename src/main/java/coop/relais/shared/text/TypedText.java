package coop.relais.shared.text;

import coop.relais.shared.DomainException;

/**
 * What people type in a form, checked against {@link TextRules} and refused with the caller's message (which
 * receives the length allowed as its argument): a required or optional line, a required or optional text.
 */
public final class TypedText {

    private TypedText() {}

    /** A required line: trimmed, not blank, on one line, at most {@code max} characters. */
    public static String line(String typed, int max, String key) {
        String value = TextRules.trimmed(typed);
        if (value == null || value.length() > max || !TextRules.isOneLine(value)) {
            throw DomainException.invalid(key, max);
        }
        return value;
    }

    /** An optional line: null when blank. */
    public static String optionalLine(String typed, int max, String key) {
        return TextRules.trimmed(typed) == null ? null : line(typed, max, key);
    }

    /** A required text (line breaks allowed). */
    public static String text(String typed, int max, String key) {
        String value = TextRules.trimmed(typed);
        if (value == null || value.length() > max || !TextRules.isPlainText(value)) {
            throw DomainException.invalid(key, max);
        }
        return value;
    }

    /** An optional text: null when blank. */
    public static String optionalText(String typed, int max, String key) {
        return TextRules.trimmed(typed) == null ? null : text(typed, max, key);
    }
}
