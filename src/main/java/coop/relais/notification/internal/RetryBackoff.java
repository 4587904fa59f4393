package coop.relais.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed e-mail again: 1 minute after the first attempt, then 2, 4, 8… minutes,
 * never more than an hour apart; after {@code maxAttempts} attempts the sender gives up.
 */
public record RetryBackoff(int maxAttempts) {

    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration MAX_DELAY = Duration.ofHours(1);

    public RetryBackoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait after the given number of attempts (1 = the first attempt failed). */
    public Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts, 1) - 1, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** When to try again after the given number of failed attempts, or empty to give up. */
    public Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attempts)));
    }
}
