package coop.relais.identity.internal;

import java.util.regex.Pattern;

/** Display names and phone numbers as people type them, checked before they are stored. */
public final class Names {

    public static final int MAX_NAME = 200;
    public static final int MAX_PHONE = 30;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern PHONE = Pattern.compile("^[0-9+() .\\-]{4,30}$");

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
        if (CONTROL.matcher(value).find()) {
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
        if (!PHONE.matcher(value).matches()) {
            throw new FieldRefusal(field, "identity.phone.invalid");
        }
        return value;
    }

    /** {@code en} or {@code fr} (the default). */
    public static String language(String language) {
        return "en".equalsIgnoreCase(language == null ? "" : language.trim()) ? "en" : "fr";
    }
}
