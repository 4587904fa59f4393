package coop.relais.shared.text;

import java.util.regex.Pattern;

/**
 * The one definition of what people may type in Relais' free-text fields: names, texts, phone numbers
 * and e-mail addresses. Modules call these checks and refuse with their own message keys; no module
 * keeps a pattern of its own.
 */
public final class TextRules {

    /** A person's or organisation's name. */
    public static final int NAME_MAX = 200;
    /** A phone number as people write it. */
    public static final int PHONE_MAX = 30;
    /** An e-mail address (RFC 5321's limit). */
    public static final int EMAIL_MAX = 254;

    /**
     * An e-mail address: something, an {@code @}, a domain with a dot; no spaces, quotes or angle
     * brackets. Also usable in a {@code @Email(regexp = ...)} on a form.
     */
    public static final String EMAIL_PATTERN = "^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+$";

    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);
    /** Digits, spaces, dots, dashes and brackets, an optional leading +; at least six digits. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-]{6,30}$");

    private static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern CONTROL_BUT_LINE_BREAKS = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private TextRules() {}

    /** Trimmed, or null when blank. */
    public static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        return value.isEmpty() ? null : value;
    }

    /** Whether the text fits on one line: no line break, tab nor other control character. */
    public static boolean isOneLine(String text) {
        return text != null && !ANY_CONTROL.matcher(text).find();
    }

    /** Whether the text holds no control character other than line breaks and tabs. */
    public static boolean isPlainText(String text) {
        return text != null && !CONTROL_BUT_LINE_BREAKS.matcher(text).find();
    }

    /** The text with its control characters (other than line breaks and tabs) removed. */
    public static String withoutControlCharacters(String text) {
        return text == null ? null : CONTROL_BUT_LINE_BREAKS.matcher(text).replaceAll("");
    }

    /** Whether this looks like a phone number ("05 56 00 00 00", "+33 5 56 00 00 00"). */
    public static boolean isPhone(String text) {
        if (text == null || !PHONE.matcher(text.strip()).matches()) {
            return false;
        }
        return text.chars().filter(Character::isDigit).count() >= 6;
    }

    /** Whether this looks like an e-mail address, within the length a mail server accepts. */
    public static boolean isEmail(String text) {
        return text != null
                && text.strip().length() <= EMAIL_MAX
                && EMAIL.matcher(text.strip()).matches();
    }
}
