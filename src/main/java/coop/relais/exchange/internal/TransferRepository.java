package coop.relais.exchange.internal;

import coop.relais.exchange.EuroPart;
import coop.relais.exchange.TransferView;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transfers of a SEL: payments, requests, reversals; never deleted. */
@Repository
public class TransferRepository {

    private static final String SELECT = """
            SELECT t.id, t.sel_id, t.kind, t.status, payer.member_id AS payer_id, pa.display_name AS payer_name,
                   payee.member_id AS payee_id, pb.display_name AS payee_name, t.amount, t.memo, t.created_at,
                   t.committed_at, t.expires_at, t.reverses_id, t.request_hash, t.payer_account, t.payee_account,
                   e.amount AS euro_amount, e.description AS euro_description
            FROM sel_transaction t
            LEFT JOIN sel_euro_part e ON e.transaction_id = t.id
            JOIN sel_account payer ON payer.id = t.payer_account LEFT JOIN account pa ON pa.id = payer.member_id
            JOIN sel_account payee ON payee.id = t.payee_account LEFT JOIN account pb ON pb.id = payee.member_id
            """;

    private final JdbcClient jdbc;

    TransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A transfer as stored, with its accounts and the hash of the request that made it. */
    public record Stored(TransferView view, UUID payerAccount, UUID payeeAccount, String requestHash) {}

    public UUID insert(
            UUID selId,
            String kind,
            UUID payerAccount,
            UUID payeeAccount,
            long amount,
            String memo,
            UUID createdBy,
            Instant at,
            Instant expiresAt,
            UUID reversesId,
            String reason,
            String key,
            String hash) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO sel_transaction (id, sel_id, kind, status, payer_account, payee_account, amount, memo,
                               created_by, created_at, expires_at, reverses_id, reason, idem_key, request_hash)
                        VALUES (?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        selId,
                        kind,
                        payerAccount,
                        payeeAccount,
                        amount,
                        memo,
                        createdBy,
                        Instants.param(at),
                        Instants.param(expiresAt),
                        reversesId,
                        reason,
                        key,
                        hash)
                .update();
        return id;
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE t.id = ?")
                .param(id)
                .query(TransferRepository::stored)
                .optional();
    }

    public Optional<Stored> findByKey(UUID createdBy, String key) {
        return jdbc.sql(SELECT + "WHERE t.created_by = ? AND t.idem_key = ?")
                .params(createdBy, key)
                .query(TransferRepository::stored)
                .optional();
    }

    /** The requests waiting that involve the account (to pay or to be paid), soonest to expire first. */
    public List<TransferView> waiting(UUID accountId) {
        return jdbc.sql(SELECT + """
                        WHERE t.status = 'REQUESTED' AND (t.payer_account = ? OR t.payee_account = ?)
                        ORDER BY t.expires_at LIMIT 100""")
                .params(accountId, accountId)
                .query((rs, n) -> stored(rs, n).view())
                .list();
    }

    /** Closes a waiting request (REJECTED, CANCELLED, EXPIRED); false if it was not waiting any more. */
    public boolean close(UUID id, String status, Instant at) {
        return jdbc.sql("""
                                UPDATE sel_transaction SET status = ?, decided_at = ?
                                WHERE id = ? AND status = 'REQUESTED'""").params(status, Instants.param(at), id).update() == 1;
    }

    /** The requests past their expiry, at most {@code limit}. */
    public List<UUID> expired(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM sel_transaction WHERE status = 'REQUESTED' AND expires_at <= ?
                        ORDER BY expires_at LIMIT ?""")
                .params(Instants.param(now), limit)
                .query(UUID.class)
                .list();
    }

    /** The waiting requests whose term comes before {@code until} and whose payer was not reminded yet. */
    public List<UUID> dueForReminder(Instant now, Instant until, int limit) {
        return jdbc.sql("""
                        SELECT id FROM sel_transaction
                        WHERE status = 'REQUESTED' AND reminded_at IS NULL AND expires_at > ? AND expires_at <= ?
                        ORDER BY expires_at LIMIT ?""")
                .params(Instants.param(now), Instants.param(until), limit)
                .query(UUID.class)
                .list();
    }

    /** Marks the request's payer as reminded; false if someone else did it first. */
    public boolean markReminded(UUID id, Instant at) {
        return jdbc.sql("UPDATE sel_transaction SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                        .params(Instants.param(at), id)
                        .update()
                == 1;
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(
                new TransferView(
                        rs.getObject("id", UUID.class),
                        rs.getObject("sel_id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("status"),
                        rs.getObject("payer_id", UUID.class),
                        rs.getString("payer_name"),
                        rs.getObject("payee_id", UUID.class),
                        rs.getString("payee_name"),
                        rs.getLong("amount"),
                        rs.getString("memo"),
                        Instants.read(rs, "created_at"),
                        Instants.read(rs, "committed_at"),
                        Instants.read(rs, "expires_at"),
                        rs.getObject("reverses_id", UUID.class),
                        rs.getBigDecimal("euro_amount") == null
                                ? null
                                : new EuroPart(
                                        Money.of(rs.getBigDecimal("euro_amount")), rs.getString("euro_description"))),
                rs.getObject("payer_account", UUID.class),
                rs.getObject("payee_account", UUID.class),
                rs.getString("request_hash"));
    }
}
