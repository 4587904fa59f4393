package coop.relais.orders.internal;

import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.RowCreation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Row locks taken with a plain {@code UPDATE} (portable to H2 and PostgreSQL) and held until the
 * end of the caller's transaction: one row per member while the employer's monthly cap is computed;
 * and the order references, from a sequence that takes no lock. A missing row is created in a savepoint, so that two
 * transactions creating it at the same time do not abort each other.
 */
@Repository
public class OrderLocks {

    private final JdbcClient jdbc;
    private final RowCreation rows;

    OrderLocks(JdbcClient jdbc, RowCreation rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /**
     * The next human reference, e.g. {@code CMD-2026-000123}: the year it is placed and a number from
     * one sequence for the whole network. Unique and never reused, but not gapless (a placement that
     * fails leaves a hole) and not started again each year: a sequence never makes two placements wait
     * for each other, where a counter row did.
     */
    public String nextReference(int year) {
        long value = jdbc.sql("SELECT nextval('order_reference_seq')")
                .query(Long.class)
                .single();
        return "CMD-%d-%06d".formatted(year, value);
    }

    /** Locks the member's row until the end of the transaction. */
    public void lockMember(UUID memberId, Instant at) {
        OffsetDateTime now = Instants.param(at);
        String touch = "UPDATE order_member_lock SET locked_at = ? WHERE member_id = ?";
        if (jdbc.sql(touch).params(now, memberId).update() == 0) {
            rows.insertIfAbsent("INSERT INTO order_member_lock (member_id, locked_at) VALUES (?, ?)", memberId, now);
            jdbc.sql(touch).params(now, memberId).update();
        }
    }
}
