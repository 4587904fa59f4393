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

    /** One of an enumeration's values by its name (a form's select or radio), null when blank. */
    public static <E extends Enum<E>> E choice(Class<E> type, String typed, String key) {
        try {
            return typed == null || typed.isBlank() ? null : Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(key);
        }
    }

    /** A date typed the French way ({@link DateInput}), null when blank. */
    public static java.time.LocalDate date(String typed, String key) {
        try {
            return DateInput.date(typed).orElse(null);
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid(key);
        }
    }

    /** A time typed the French way ({@link DateInput}), null when blank. */
    public static java.time.LocalTime time(String typed, String key) {
        try {
            return DateInput.time(typed).orElse(null);
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid(key);
        }
    }
}
