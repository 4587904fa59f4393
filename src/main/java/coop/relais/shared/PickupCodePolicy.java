package coop.relais.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one-time pickup codes of everything handed over at the desk (ready orders, parcels): six digits
 * drawn from {@link SecureRandom}, compared in constant time, and locked after the same number of
 * wrong tries everywhere ({@code relais.pickup-code.max-attempts}, 5 by default). Once locked, only an
 * ID check hands the thing over.
 */
@Component
public class PickupCodePolicy {

    public static final int LENGTH = 6;
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    private static final int DRAWS = 20;

    private final SecureRandom random = new SecureRandom();
    private final int maxAttempts;

    PickupCodePolicy(@Value("${relais.pickup-code.max-attempts:" + DEFAULT_MAX_ATTEMPTS + "}") int maxAttempts) {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalStateException("relais.pickup-code.max-attempts must be between 1 and 20");
        }
        this.maxAttempts = maxAttempts;
    }

    /** The policy with the given number of tries (the application's bean is configured by property). */
    public static PickupCodePolicy allowing(int maxAttempts) {
        return new PickupCodePolicy(maxAttempts);
    }

    /** A fresh code. */
    public String newCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** A fresh code that {@code inUse} does not know (e.g. unique among the parcels waiting at a site). */
    public String newCode(Predicate<String> inUse) {
        for (int draw = 0; draw < DRAWS; draw++) {
            String code = newCode();
            if (!inUse.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free pickup code after " + DRAWS + " draws");
    }

    /** Whether the code given (spaces around it ignored) is the expected one, in constant time. */
    public boolean matches(String given, String expected) {
        if (expected == null) {
            return false;
        }
        String typed = given == null ? "" : given.strip();
        return MessageDigest.isEqual(typed.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Tries left after this many wrong ones (never negative). */
    public int triesLeft(int wrongAttempts) {
        return Math.max(0, maxAttempts - wrongAttempts);
    }

    /** Whether this many wrong tries lock the code. */
    public boolean locks(int wrongAttempts) {
        return wrongAttempts >= maxAttempts;
    }
}
