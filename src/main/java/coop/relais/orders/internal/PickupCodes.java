package coop.relais.orders.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** One-time pickup codes: six digits drawn from {@link SecureRandom}, so nobody can guess them. */
@Component
public class PickupCodes {

    public static final int LENGTH = 6;

    private final SecureRandom random = new SecureRandom();

    public String newCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }
}
