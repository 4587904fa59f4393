package coop.relais.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An instant written with {@link Instants#param} and read with {@link Instants#read} comes back the
 * same, to the microsecond, on the database the suite runs on (H2, or PostgreSQL with -Ppostgres).
 */
@SpringBootTest
class InstantStorageTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    record Stored(Instant windowStart, Instant lockedUntil) {}

    @Test
    void anInstantComesBackTheSameToTheMicrosecond() {
        // One microsecond before the clocks go forward in Paris, to catch any shift through a local time.
        Instant instant = Instant.parse("2026-03-29T00:59:59.999999Z");
        String key = "instants-test:" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            jdbc.sql(
                            "INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until) VALUES (?, 0, ?, ?)")
                    .params(key, Instants.param(instant), Instants.param(null))
                    .update();

            Stored byName = jdbc.sql("SELECT window_start, locked_until FROM login_throttle WHERE throttle_key = ?")
                    .param(key)
                    .query((rs, n) -> new Stored(Instants.read(rs, "window_start"), Instants.read(rs, "locked_until")))
                    .single();
            assertThat(byName).isEqualTo(new Stored(instant, null));

            Instant byIndex = jdbc.sql(
                            "SELECT window_start FROM login_throttle WHERE throttle_key = ? AND window_start = ?")
                    .params(key, Instants.param(instant))
                    .query((rs, n) -> Instants.read(rs, 1))
                    .single();
            assertThat(byIndex).as("found by an equal instant").isEqualTo(instant);

            // Nothing is left behind.
            status.setRollbackOnly();
        });
    }
}
