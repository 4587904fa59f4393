package coop.relais.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lock rule: 5 failures within 15 minutes lock for 15 minutes, with time moved by hand. */
class ThrottleStateTests {

    private static final ThrottleState.Limit LIMIT =
            new ThrottleState.Limit(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void fiveFailuresWithinTheWindowLockForFifteenMinutes() {
        ThrottleState state = ThrottleState.fresh("account:a@b.test");
        for (int i = 0; i < 4; i++) {
            state = state.afterFailure(T0.plus(Duration.ofMinutes(i)), LIMIT);
            assertThat(state.isLocked(T0.plus(Duration.ofMinutes(i)))).isFalse();
        }
        Instant fifth = T0.plus(Duration.ofMinutes(14));
        state = state.afterFailure(fifth, LIMIT);
        assertThat(state.isLocked(fifth)).isTrue();
        assertThat(state.isLocked(fifth.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(state.isLocked(fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        ThrottleState state = ThrottleState.fresh("address:10.0.0.1");
        for (int i = 0; i < 10; i++) {
            Instant at = T0.plus(Duration.ofMinutes(4L * i));
            state = state.afterFailure(at, LIMIT);
            assertThat(state.isLocked(at)).as("failure %d", i).isFalse();
        }
    }

    @Test
    void afterTheLockTheCounterStartsAgain() {
        ThrottleState state = ThrottleState.fresh("account:a@b.test");
        for (int i = 0; i < 5; i++) {
            state = state.afterFailure(T0, LIMIT);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertThat(state.isLocked(later)).isFalse();
        state = state.afterFailure(later, LIMIT);
        assertThat(state.failures()).isEqualTo(1);
        assertThat(state.isLocked(later)).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        ThrottleState state = ThrottleState.fresh("account:a@b.test");
        for (int i = 0; i < 5; i++) {
            state = state.afterFailure(T0, LIMIT);
        }
        ThrottleState again = state.afterFailure(T0.plus(Duration.ofMinutes(10)), LIMIT);
        assertThat(again.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void spentStatesCanBeForgotten() {
        ThrottleState state = ThrottleState.fresh("k").afterFailure(T0, LIMIT);
        assertThat(state.isSpent(T0.plus(Duration.ofMinutes(5)), LIMIT)).isFalse();
        assertThat(state.isSpent(T0.plus(Duration.ofMinutes(15)), LIMIT)).isTrue();
    }
}
