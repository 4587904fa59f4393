package coop.relais.identity.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least 12 characters and at most 128, and neither the e-mail address
 * nor something that contains it or its local part (the part before the {@code @}, when it has at
 * least 3 characters, so that an address like {@code jo@...} does not forbid every "jo").
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String password, String email) {
        if (password == null || password.isBlank()) {
            return Optional.of("identity.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("identity.password.tooLong");
        }
        if (email != null && !email.isBlank()) {
            String lowerPassword = password.toLowerCase(Locale.ROOT);
            String lowerEmail = email.trim().toLowerCase(Locale.ROOT);
            if (lowerPassword.contains(lowerEmail)) {
                return Optional.of("identity.password.containsEmail");
            }
            int at = lowerEmail.indexOf('@');
            String local = at > 0 ? lowerEmail.substring(0, at) : lowerEmail;
            if (local.length() >= 3 && lowerPassword.contains(local)) {
                return Optional.of("identity.password.containsEmail");
            }
        }
        return Optional.empty();
    }

    /** Refuses a password that breaks the policy, on the given field. */
    public static void check(String field, String password, String email) {
        violation(password, email).ifPresent(key -> {
            throw new FieldRefusal(field, key, MIN_LENGTH, MAX_LENGTH);
        });
    }
}
