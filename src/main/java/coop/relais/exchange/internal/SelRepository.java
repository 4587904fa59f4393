package coop.relais.exchange.internal;

import coop.relais.exchange.Coordination;
import coop.relais.exchange.Integrity;
import coop.relais.exchange.Position;
import coop.relais.exchange.SelView;
import coop.relais.exchange.Standing;
import coop.relais.exchange.StatementLine;
import coop.relais.shared.jdbc.Instants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SELs, their members' accounts, statements and the reconciliation. */
@Repository
public class SelRepository {

    private static final String SEL = """
            SELECT id, site_id, name, unit_name, units_per_hour, floor_units, ceiling_units, charter, request_days,
                   participation_view, auto_accept
            FROM sel
            """;

    private final JdbcClient jdbc;

    SelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SelView> find(UUID id) {
        return jdbc.sql(SEL + "WHERE id = ?")
                .param(id)
                .query(SelRepository::sel)
                .optional();
    }

    public List<SelView> ofSites(Collection<UUID> sites) {
        if (sites.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SEL + "WHERE site_id IN (" + String.join(", ", java.util.Collections.nCopies(sites.size(), "?"))
                        + ") ORDER BY name")
                .params(List.copyOf(sites))
                .query(SelRepository::sel)
                .list();
    }

    public void insert(SelView s, Instant at) {
        jdbc.sql("""
                        INSERT INTO sel (id, site_id, name, unit_name, units_per_hour, floor_units, ceiling_units, charter,
                               request_days, participation_view, auto_accept, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.id(),
                        s.siteId(),
                        s.name(),
                        s.unitName(),
                        s.unitsPerHour(),
                        s.floor(),
                        s.ceiling(),
                        s.charter(),
                        s.requestDays(),
                        s.participation().name(),
                        s.autoAccept(),
                        Instants.param(at))
                .update();
        openAccount(s.id(), null, at);
    }

    /** Sets an account's own limits (null: the SEL's). */
    public void limits(UUID accountId, Integer floor, Integer ceiling) {
        jdbc.sql("UPDATE sel_account SET floor_units = ?, ceiling_units = ? WHERE id = ?")
                .params(floor, ceiling, accountId)
                .update();
    }

    /** The SEL's own account, for adjustments. */
    public UUID ownAccount(UUID selId) {
        return jdbc.sql("SELECT id FROM sel_account WHERE sel_id = ? AND member_id IS NULL")
                .param(selId)
                .query(UUID.class)
                .single();
    }

    /** Changes the SEL's rules that its coordinators set. */
    public void settings(
            UUID selId, int floor, int ceiling, int requestDays, SelView.Participation view, boolean auto) {
        jdbc.sql("""
                        UPDATE sel SET floor_units = ?, ceiling_units = ?, request_days = ?, participation_view = ?,
                               auto_accept = ? WHERE id = ?""")
                .params(floor, ceiling, requestDays, view.name(), auto, selId)
                .update();
    }

    /** Opens an account (member null: the SEL's own); returns its id. */
    public UUID openAccount(UUID selId, UUID memberId, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO sel_account (id, sel_id, member_id, joined_at) VALUES (?, ?, ?, ?)")
                .params(id, selId, memberId, Instants.param(at))
                .update();
        return id;
    }

    public Optional<Position> position(SelView sel, UUID memberId) {
        return jdbc.sql("""
                        SELECT id, member_id, balance, floor_units, ceiling_units FROM sel_account
                        WHERE sel_id = ? AND member_id = ?""")
                .params(sel.id(), memberId)
                .query((rs, n) -> position(sel, rs))
                .optional();
    }

    /**
     * Every member's standing, by name, read from the accounts' counters (never from the whole history): long
     * below zero and long silent are counted from {@code now}.
     */
    public List<Standing> standings(SelView sel, Instant now) {
        Instant deficit = now.minus(java.time.Duration.ofDays(Coordination.DEFICIT_DAYS));
        Instant dormant = now.minus(java.time.Duration.ofDays(Coordination.DORMANT_DAYS));
        return jdbc.sql("""
                        SELECT s.member_id, a.display_name, s.balance, s.floor_units, s.ceiling_units, s.given_units,
                               s.received_units, s.entry_count, s.last_entry_at, s.negative_since, s.joined_at
                        FROM sel_account s JOIN account a ON a.id = s.member_id
                        WHERE s.sel_id = ? ORDER BY a.display_name LIMIT 2000""")
                .param(sel.id())
                .query((rs, n) -> {
                    Instant last = Instants.read(rs, "last_entry_at");
                    Instant negative = Instants.read(rs, "negative_since");
                    Instant joined = Instants.read(rs, "joined_at");
                    Integer floor = rs.getObject("floor_units", Integer.class);
                    Integer ceiling = rs.getObject("ceiling_units", Integer.class);
                    return new Standing(
                            rs.getObject("member_id", UUID.class),
                            rs.getString("display_name"),
                            rs.getLong("balance"),
                            floor == null ? sel.floor() : floor,
                            ceiling == null ? sel.ceiling() : ceiling,
                            rs.getLong("given_units"),
                            rs.getLong("received_units"),
                            rs.getLong("entry_count"),
                            last,
                            negative,
                            negative != null && negative.isBefore(deficit),
                            (last == null ? joined : last).isBefore(dormant));
                })
                .list();
    }

    /** The account's lines, newest first: at most {@code limit}, before position {@code before} if given. */
    public List<StatementLine> statement(UUID accountId, Long before, int limit) {
        return jdbc.sql("""
                        SELECT e.entry_no, e.transaction_id, e.created_at, e.amount, e.balance_after, t.memo,
                               other_member.display_name AS other_name
                        FROM sel_entry e JOIN sel_transaction t ON t.id = e.transaction_id
                        JOIN sel_entry o ON o.transaction_id = e.transaction_id AND o.account_id <> e.account_id
                        JOIN sel_account other ON other.id = o.account_id
                        LEFT JOIN account other_member ON other_member.id = other.member_id
                        WHERE e.account_id = ? AND e.entry_no < ?
                        ORDER BY e.entry_no DESC LIMIT ?""")
                .params(accountId, before == null ? Long.MAX_VALUE : before, limit)
                .query((rs, n) -> new StatementLine(
                        rs.getLong("entry_no"),
                        rs.getObject("transaction_id", UUID.class),
                        Instants.read(rs, "created_at"),
                        rs.getLong("amount"),
                        rs.getLong("balance_after"),
                        rs.getString("memo"),
                        rs.getString("other_name")))
                .list();
    }

    /** The reconciliation: sums of balances, balances against entries, transactions against zero. */
    public Integrity integrity(UUID selId) {
        long sum = jdbc.sql("SELECT COALESCE(SUM(balance), 0) FROM sel_account WHERE sel_id = ?")
                .param(selId)
                .query(Long.class)
                .single();
        long mismatched = jdbc.sql("""
                        SELECT COUNT(*) FROM sel_account a
                        WHERE a.sel_id = ? AND a.balance <> (SELECT COALESCE(SUM(e.amount), 0) FROM sel_entry e WHERE e.account_id = a.id)""").param(selId).query(Long.class).single();
        long unbalanced = jdbc.sql("""
                        SELECT COUNT(*) FROM sel_transaction t
                        WHERE t.sel_id = ? AND t.status = 'COMMITTED'
                          AND (SELECT COALESCE(SUM(e.amount), 0) FROM sel_entry e WHERE e.transaction_id = t.id) <> 0""").param(selId).query(Long.class).single();
        return new Integrity(sum, mismatched == 0, unbalanced);
    }

    private static Position position(SelView sel, ResultSet rs) throws SQLException {
        Integer floor = rs.getObject("floor_units", Integer.class);
        Integer ceiling = rs.getObject("ceiling_units", Integer.class);
        return new Position(
                sel.id(),
                rs.getObject("id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getLong("balance"),
                floor == null ? sel.floor() : floor,
                ceiling == null ? sel.ceiling() : ceiling);
    }

    private static SelView sel(ResultSet rs, int row) throws SQLException {
        return new SelView(
                rs.getObject("id", UUID.class),
                rs.getObject("site_id", UUID.class),
                rs.getString("name"),
                rs.getString("unit_name"),
                rs.getInt("units_per_hour"),
                rs.getInt("floor_units"),
                rs.getInt("ceiling_units"),
                rs.getString("charter"),
                rs.getInt("request_days"),
                SelView.Participation.valueOf(rs.getString("participation_view")),
                rs.getBoolean("auto_accept"));
    }
}
