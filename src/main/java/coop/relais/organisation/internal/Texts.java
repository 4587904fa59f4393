package coop.relais.organisation.internal;

import coop.relais.shared.DomainException;
import java.util.regex.Pattern;

/** Checks of the free-text fields: trimmed, required or optional, never longer than the column. */
public final class Texts {

    public static final int NAME = 200;
    public static final int STREET = 300;
    public static final int CITY = 120;
    public static final int PHONE = 30;
    public static final int EMAIL = 254;
    public static final int PLAN = 100;

    private static final Pattern PHONE_PATTERN = Pattern.compile("\\+?[0-9 ().-]{6,30}");
    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Texts() {}

    public static String required(String value, int max) {
        String text = optional(value, max);
        if (text == null) {
            throw DomainException.invalid("organisation.field.required");
        }
        return text;
    }

    public static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw DomainException.invalid("organisation.field.tooLong", max);
        }
        return text;
    }

    public static String phone(String value) {
        String text = optional(value, PHONE);
        if (text != null && !PHONE_PATTERN.matcher(text).matches()) {
            throw DomainException.invalid("organisation.phone.invalid");
        }
        return text;
    }

    public static String email(String value) {
        String text = optional(value, EMAIL);
        if (text != null && !EMAIL_PATTERN.matcher(text).matches()) {
            throw DomainException.invalid("organisation.email.invalid");
        }
        return text;
    }
}
