package coop.relais.identity.internal;

import coop.relais.shared.text.TextRules;
import java.util.Locale;

/** E-mail addresses as Relais stores them: trimmed, lower case, checked for a plausible shape. */
public final class Emails {

    /** What forms check too: {@link TextRules#EMAIL_PATTERN}. */
    public static final String PATTERN = TextRules.EMAIL_PATTERN;

    private Emails() {}

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        return TextRules.isEmail(email);
    }

    /** The domain of a valid address (after the {@code @}), lower case. */
    public static String domainOf(String email) {
        String normalised = normalise(email);
        return normalised.substring(normalised.indexOf('@') + 1);
    }

    /** Refuses an address that does not look like one, on the given field. */
    public static String require(String field, String email) {
        if (!isValid(email)) {
            throw new FieldRefusal(field, "identity.email.invalid");
        }
        return normalise(email);
    }
}
