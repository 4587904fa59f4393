package coop.relais.organisation.internal;

import coop.relais.shared.DomainException;
import coop.relais.shared.text.TextRules;

/** Checks of the free-text fields: trimmed, required or optional, never longer than the column. */
public final class Texts {

    public static final int NAME = TextRules.NAME_MAX;
    public static final int STREET = 300;
    public static final int CITY = 120;
    public static final int PHONE = TextRules.PHONE_MAX;
    public static final int EMAIL = TextRules.EMAIL_MAX;
    public static final int PLAN = 100;

    private Texts() {}

    public static String required(String value, int max) {
        String text = optional(value, max);
        if (text == null) {
            throw DomainException.invalid("organisation.field.required");
        }
        return text;
    }

    public static String optional(String value, int max) {
        String text = TextRules.trimmed(value);
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            throw DomainException.invalid("organisation.field.tooLong", max);
        }
        return text;
    }

    public static String phone(String value) {
        String text = optional(value, PHONE);
        if (text != null && !TextRules.isPhone(text)) {
            throw DomainException.invalid("organisation.phone.invalid");
        }
        return text;
    }

    public static String email(String value) {
        String text = optional(value, EMAIL);
        if (text != null && !TextRules.isEmail(text)) {
            throw DomainException.invalid("organisation.email.invalid");
        }
        return text;
    }
}
