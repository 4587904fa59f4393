package coop.relais.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The failure counter of one key (an account, an address): failures are counted in a window that
 * starts with the first one; when they reach the limit within the window, the key is locked for a
 * while and the counter starts again from zero.
 *
 * @param failures failures counted in the current window
 * @param windowStart when the current window began (null: no failure counted)
 * @param lockedUntil until when the key is locked (null or past: not locked)
 */
public record ThrottleState(String key, int failures, Instant windowStart, Instant lockedUntil) {

    /** The limit: {@code maxFailures} within {@code window} lock the key for {@code lock}. */
    public record Limit(int maxFailures, Duration window, Duration lock) {

        public Limit {
            if (maxFailures < 1 || window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero()) {
                throw new IllegalArgumentException("A throttle limit needs positive values");
            }
        }
    }

    public ThrottleState {
        Objects.requireNonNull(key, "key");
    }

    public static ThrottleState fresh(String key) {
        return new ThrottleState(key, 0, null, null);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The state after one more failure at {@code now}. */
    public ThrottleState afterFailure(Instant now, Limit limit) {
        if (isLocked(now)) {
            return this;
        }
        boolean windowOver = windowStart == null || !now.isBefore(windowStart.plus(limit.window()));
        int counted = windowOver ? 1 : failures + 1;
        Instant start = windowOver ? now : windowStart;
        if (counted >= limit.maxFailures()) {
            return new ThrottleState(key, 0, null, now.plus(limit.lock()));
        }
        return new ThrottleState(key, counted, start, null);
    }

    /** Whether nothing worth keeping remains at {@code now} (no lock, window over). */
    public boolean isSpent(Instant now, Limit limit) {
        return !isLocked(now) && (windowStart == null || !now.isBefore(windowStart.plus(limit.window())));
    }
}
