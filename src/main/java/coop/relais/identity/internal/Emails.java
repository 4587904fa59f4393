package coop.relais.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as Relais stores them: trimmed, lower case, checked for a plausible shape. */
public final class Emails {

    /** Something, an {@code @}, a domain with a dot; no spaces; what forms check too. */
    public static final String PATTERN = "^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\".]+$";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    private Emails() {}

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        return email != null
                && email.length() <= 254
                && SHAPE.matcher(email.trim()).matches();
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
