package coop.relais.identity.internal;

import coop.relais.shared.text.TextRules;

/** Display names and phone numbers as people type them, checked before they are stored. */
public final class Names {

    public static final int MAX_NAME = TextRules.NAME_MAX;
    public static final int MAX_PHONE = TextRules.PHONE_MAX;

    private Names() {}

    /** A display name: trimmed, 1 to 200 characters, no control characters (HTML is kept and shown escaped). */
    public static String requireName(String field, String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            throw new FieldRefusal(field, "identity.name.required");
        }
        if (value.length() > MAX_NAME) {
            throw new FieldRefusal(field, "identity.name.tooLong");
        }
        if (!TextRules.isOneLine(value)) {
            throw new FieldRefusal(field, "identity.name.invalid");
        }
        return value;
    }

    /** A phone number, or null when left empty. */
    public static String optionalPhone(String field, String phone) {
        String value = phone == null ? "" : phone.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!TextRules.isPhone(value)) {
            throw new FieldRefusal(field, "identity.phone.invalid");
        }
        return value;
    }

    /** {@code en} or {@code fr} (the default). */
    public static String language(String language) {
        return "en".equalsIgnoreCase(language == null ? "" : language.trim()) ? "en" : "fr";
    }
}
