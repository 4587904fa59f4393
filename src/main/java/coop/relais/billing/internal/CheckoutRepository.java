package coop.relais.billing.internal;

import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.RowCreation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checkout sessions opened with the payment provider, and the provider events already applied. */
@Repository
public class CheckoutRepository {

    /** A checkout as stored. */
    public record Checkout(
            UUID id,
            String gateway,
            String sessionId,
            UUID accountId,
            Money amount,
            boolean paid,
            UUID openedBy,
            Instant openedAt) {}

    private static final String SELECT = """
            SELECT id, gateway, session_id, account_id, amount, status, opened_by, opened_at
            FROM billing_checkout
            """;

    private final JdbcClient jdbc;
    private final RowCreation rows;

    CheckoutRepository(JdbcClient jdbc, RowCreation rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public void insert(Checkout checkout) {
        jdbc.sql("""
                        INSERT INTO billing_checkout (id, gateway, session_id, account_id, amount, status, opened_by, opened_at)
                        VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(
                        checkout.id(),
                        checkout.gateway(),
                        checkout.sessionId(),
                        checkout.accountId(),
                        checkout.amount().amount(),
                        checkout.openedBy(),
                        Instants.param(checkout.openedAt()))
                .update();
    }

    public Optional<Checkout> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?")
                .param(id)
                .query(CheckoutRepository::checkout)
                .optional();
    }

    public Optional<Checkout> findBySession(String gateway, String sessionId) {
        return jdbc.sql(SELECT + "WHERE gateway = ? AND session_id = ?")
                .params(gateway, sessionId)
                .query(CheckoutRepository::checkout)
                .optional();
    }

    /** Marks an open checkout paid; false if it was paid already (by another delivery of the news). */
    public boolean markPaid(UUID id, Instant at) {
        return jdbc.sql("UPDATE billing_checkout SET status = 'PAID', paid_at = ? WHERE id = ? AND status = 'OPEN'")
                        .params(Instants.param(at), id)
                        .update()
                > 0;
    }

    /** Records a provider event; false if it was recorded already (applied by an earlier delivery). */
    public boolean firstDelivery(String gateway, String eventId, String type, Instant at) {
        return rows.insertIfAbsent(
                "INSERT INTO billing_gateway_event (gateway, event_id, event_type, received_at) VALUES (?, ?, ?, ?)",
                gateway,
                eventId,
                type.length() > 100 ? type.substring(0, 100) : type,
                Instants.param(at));
    }

    private static Checkout checkout(ResultSet rs, int row) throws SQLException {
        return new Checkout(
                rs.getObject("id", UUID.class),
                rs.getString("gateway"),
                rs.getString("session_id"),
                rs.getObject("account_id", UUID.class),
                Money.of(rs.getBigDecimal("amount")),
                "PAID".equals(rs.getString("status")),
                rs.getObject("opened_by", UUID.class),
                Instants.read(rs, "opened_at"));
    }
}
