package coop.relais.orders.internal;

import coop.relais.shared.DomainException;
import coop.relais.shared.text.TextRules;

/** Free text typed by people: trimmed, control characters removed, length bounded. */
public final class Texts {

    private Texts() {}

    /** The cleaned text, or null when blank; refuses text longer than {@code max} characters. */
    public static String clean(String text, int max) {
        String cleaned = TextRules.trimmed(TextRules.withoutControlCharacters(text));
        if (cleaned == null) {
            return null;
        }
        if (cleaned.length() > max) {
            throw DomainException.invalid("orders.error.tooLong", max);
        }
        return cleaned;
    }

    /** Like {@link #clean} but the text is required. */
    public static String required(String text, int max, String missingKey) {
        String cleaned = clean(text, max);
        if (cleaned == null) {
            throw DomainException.invalid(missingKey);
        }
        return cleaned;
    }
}
