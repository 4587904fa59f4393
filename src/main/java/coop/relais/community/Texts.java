package coop.relais.community;

import coop.relais.shared.DomainException;
import coop.relais.shared.text.TextRules;

/** The community module's checks on what people type: one line or a text, within a length. */
final class Texts {

    private Texts() {}

    /** A required line: trimmed, not blank, on one line, at most {@code max} characters. */
    static String line(String typed, int max, String key) {
        String value = TextRules.trimmed(typed);
        if (value == null || value.length() > max || !TextRules.isOneLine(value)) {
            throw DomainException.invalid(key, max);
        }
        return value;
    }

    /** An optional line: null when blank. */
    static String optionalLine(String typed, int max, String key) {
        return TextRules.trimmed(typed) == null ? null : line(typed, max, key);
    }

    /** A required text (line breaks allowed). */
    static String text(String typed, int max, String key) {
        String value = TextRules.trimmed(typed);
        if (value == null || value.length() > max || !TextRules.isPlainText(value)) {
            throw DomainException.invalid(key, max);
        }
        return value;
    }

    /** An optional text: null when blank. */
    static String optionalText(String typed, int max, String key) {
        return TextRules.trimmed(typed) == null ? null : text(typed, max, key);
    }
}
