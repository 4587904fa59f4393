package coop.relais.identity.internal;

import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ThrottleRepository {

    private final JdbcClient jdbc;

    ThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ThrottleState> find(String key) {
        return query(
                "SELECT throttle_key, failures, window_start, locked_until FROM login_throttle WHERE throttle_key = ?",
                key);
    }

    Optional<ThrottleState> findForUpdate(String key) {
        return query(
                "SELECT throttle_key, failures, window_start, locked_until FROM login_throttle WHERE throttle_key = ? FOR UPDATE",
                key);
    }

    void insert(ThrottleState state) {
        jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until) VALUES (?, ?, ?, ?)")
                .params(
                        state.key(),
                        state.failures(),
                        Instants.param(state.windowStart()),
                        Instants.param(state.lockedUntil()))
                .update();
    }

    void update(ThrottleState state) {
        jdbc.sql("UPDATE login_throttle SET failures = ?, window_start = ?, locked_until = ? WHERE throttle_key = ?")
                .params(
                        state.failures(),
                        Instants.param(state.windowStart()),
                        Instants.param(state.lockedUntil()),
                        state.key())
                .update();
    }

    void delete(String key) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(key).update();
    }

    /** Forgets counters whose lock and window are both over. */
    int deleteSpent(Instant lockedBefore, Instant windowStartedBefore) {
        return jdbc.sql("""
                        DELETE FROM login_throttle
                        WHERE (locked_until IS NULL OR locked_until < ?)
                          AND (window_start IS NULL OR window_start < ?)""")
                .params(Instants.param(lockedBefore), Instants.param(windowStartedBefore))
                .update();
    }

    private Optional<ThrottleState> query(String sql, String key) {
        return jdbc.sql(sql)
                .param(key)
                .query((rs, n) -> new ThrottleState(
                        rs.getString("throttle_key"),
                        rs.getInt("failures"),
                        Instants.read(rs, "window_start"),
                        Instants.read(rs, "locked_until")))
                .optional();
    }
}
