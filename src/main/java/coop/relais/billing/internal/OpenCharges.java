package coop.relais.billing.internal;

import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the monthly run has to invoice: the accounts with charges not invoiced yet, those charges, and
 * which sellers already invoiced an account in a run (a run resumed after a crash skips them).
 */
@Repository
public class OpenCharges {

    /** A charge not invoiced yet; {@code personalService}: a member's share of a personal service. */
    public record OpenCharge(
            UUID entryId,
            String description,
            Money amount,
            BigDecimal vatRate,
            Instant occurredAt,
            boolean personalService) {}

    private final JdbcClient jdbc;

    OpenCharges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Organisation accounts with charges not invoiced yet, from before {@code before}. */
    public List<UUID> organisationAccountsToInvoice(Instant before) {
        return accountsToInvoice("a.organisation_id IS NOT NULL", before);
    }

    /** The members' accounts with something of their own to invoice before {@code before}. */
    public List<UUID> memberAccountsToInvoice(Instant before) {
        return accountsToInvoice("a.member_id IS NOT NULL", before);
    }

    private List<UUID> accountsToInvoice(String holder, Instant before) {
        return jdbc.sql("SELECT a.id FROM billing_account a WHERE " + holder + """
                          AND EXISTS (SELECT 1 FROM billing_entry e
                                      WHERE e.account_id = a.id AND e.kind = 'CHARGE' AND e.amount > 0 AND e.occurred_at < ?
                                        AND NOT EXISTS (SELECT 1 FROM billing_invoice_line l WHERE l.source_entry_id = e.id))
                        ORDER BY a.id""")
                .param(Instants.param(before))
                .query(UUID.class)
                .list();
    }

    /** The open charges of several accounts at once, by account, each in the order of its tab. */
    public Map<UUID, List<OpenCharge>> openCharges(Collection<UUID> accountIds, Instant before) {
        Map<UUID, List<OpenCharge>> byAccount = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT e.account_id, e.id, e.description, e.amount, e.vat_rate, e.occurred_at, e.personal_service
                        FROM billing_entry e
                        WHERE e.account_id IN (:ids) AND e.kind = 'CHARGE' AND e.amount > 0 AND e.occurred_at < :before
                          AND NOT EXISTS (SELECT 1 FROM billing_invoice_line l WHERE l.source_entry_id = e.id)
                        ORDER BY e.account_id, e.entry_no""")
                .param("ids", accountIds)
                .param("before", Instants.param(before))
                .query(rs -> {
                    byAccount
                            .computeIfAbsent(rs.getObject("account_id", UUID.class), a -> new ArrayList<>())
                            .add(openCharge(rs));
                });
        return byAccount;
    }

    /** Which sellers already invoiced each of these accounts in the run. */
    public Map<UUID, Set<UUID>> invoicedInRun(UUID runId, Collection<UUID> accountIds) {
        Map<UUID, Set<UUID>> sellers = new HashMap<>();
        jdbc.sql("SELECT account_id, seller_id FROM billing_invoice WHERE run_id = :run AND account_id IN (:ids)")
                .param("run", runId)
                .param("ids", accountIds)
                .query(rs -> {
                    sellers.computeIfAbsent(rs.getObject("account_id", UUID.class), a -> new HashSet<>())
                            .add(rs.getObject("seller_id", UUID.class));
                });
        return sellers;
    }

    public List<OpenCharge> openCharges(UUID accountId, Instant before) {
        return jdbc.sql("""
                        SELECT e.id, e.description, e.amount, e.vat_rate, e.occurred_at, e.personal_service
                        FROM billing_entry e
                        WHERE e.account_id = ? AND e.kind = 'CHARGE' AND e.amount > 0 AND e.occurred_at < ?
                          AND NOT EXISTS (SELECT 1 FROM billing_invoice_line l WHERE l.source_entry_id = e.id)
                        ORDER BY e.entry_no""")
                .params(accountId, Instants.param(before))
                .query((rs, n) -> openCharge(rs))
                .list();
    }

    private static OpenCharge openCharge(ResultSet rs) throws SQLException {
        return new OpenCharge(
                rs.getObject("id", UUID.class),
                rs.getString("description"),
                Money.of(rs.getBigDecimal("amount")),
                rs.getBigDecimal("vat_rate") == null ? BigDecimal.valueOf(20) : rs.getBigDecimal("vat_rate"),
                Instants.read(rs, "occurred_at"),
                rs.getString("personal_service") != null);
    }

    public boolean invoicedInRun(UUID runId, UUID accountId, UUID sellerId) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_invoice WHERE run_id = ? AND account_id = ? AND seller_id = ?")
                        .params(runId, accountId, sellerId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
