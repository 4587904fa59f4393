package coop.relais.orders.internal;

import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Idempotency-Keys already used, per caller, with the request they came with and the order made. */
@Repository
public class IdempotencyRepository {

    public record Claim(String requestHash, UUID orderId) {}

    private final JdbcClient jdbc;

    IdempotencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Claim> find(UUID callerId, String key) {
        return jdbc.sql("SELECT request_hash, order_id FROM order_idempotency WHERE caller_id = ? AND idem_key = ?")
                .params(callerId, key)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getObject(2, UUID.class)))
                .optional();
    }

    /** Claims the key; a concurrent claim of the same key waits, then fails on the primary key. */
    public void claim(UUID callerId, String key, String requestHash, UUID orderId, Instant at) {
        jdbc.sql("""
                        INSERT INTO order_idempotency (caller_id, idem_key, request_hash, order_id, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(callerId, key, requestHash, orderId, Instants.param(at))
                .update();
    }
}
