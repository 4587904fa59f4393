package coop.relais.billing.internal;

import coop.relais.billing.EntryKind;
import coop.relais.billing.PaymentMethod;
import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members' tax certificates as issued, and the tab entries they are computed from. */
@Repository
public class CertificateRepository {

    /** A certificate as issued: its original bytes are what is downloaded, every time. */
    public record StoredCertificate(
            UUID id,
            UUID accountId,
            int year,
            String number,
            Money amountPaid,
            Money cesuAmount,
            byte[] pdf,
            Instant issuedAt,
            Instant notifiedAt) {}

    private static final String SELECT = """
            SELECT id, account_id, tax_year, number, amount_paid, cesu_amount, pdf, issued_at, notified_at
            FROM billing_tax_certificate
            """;

    private static final String ENTRIES = """
            SELECT e.id, e.kind, e.amount, e.description, e.reference, e.occurred_at, e.personal_service, p.method
            FROM billing_entry e
            LEFT JOIN billing_payment p ON e.source_type = 'PAYMENT' AND p.id = e.source_id
            """;

    private final JdbcClient jdbc;

    CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is owed on the account for personal services and not yet paid: the most CESU may pay now. */
    public Money unpaidPersonalServices(UUID accountId) {
        return TabAllocation.unpaidPersonalServices(TabAllocation.allocate(openEntries(accountId)));
    }

    /**
     * The lines of the tab since it was last settled, in their order: only those can still be unpaid, and
     * an advance left at that point comes first, as a payment.
     */
    public List<TabAllocation.Entry> openEntries(UUID accountId) {
        return openEntries(List.of(accountId)).getOrDefault(accountId, List.of());
    }

    /** {@link #openEntries(UUID)} of several accounts at once, by account. */
    public Map<UUID, List<TabAllocation.Entry>> openEntries(Collection<UUID> accountIds) {
        // Everything up to the last time a tab was settled (balance at or below zero) is paid: only the
        // lines since then need allocating, so the cost stays flat however long the history. An advance
        // left at that point pays the next lines.
        Map<UUID, List<TabAllocation.Entry>> byAccount = new HashMap<>();
        jdbc.sql("""
                        SELECT e.account_id, e.id, e.kind, e.amount, e.description, e.reference, e.occurred_at,
                               e.personal_service, p.method, e.entry_no, e.balance_after, s.settled_no
                        FROM (SELECT a.id AS account_id,
                                     (SELECT MAX(x.entry_no) FROM billing_entry x
                                      WHERE x.account_id = a.id AND x.balance_after <= 0) AS settled_no
                              FROM billing_account a WHERE a.id IN (:ids)) s
                        JOIN billing_entry e ON e.account_id = s.account_id AND e.entry_no >= COALESCE(s.settled_no, 0)
                        LEFT JOIN billing_payment p ON e.source_type = 'PAYMENT' AND p.id = e.source_id
                        ORDER BY e.account_id, e.entry_no""").param("ids", accountIds).query(rs -> {
            List<TabAllocation.Entry> open =
                    byAccount.computeIfAbsent(rs.getObject("account_id", UUID.class), a -> new ArrayList<>());
            if (rs.getLong("entry_no") != rs.getLong("settled_no")) {
                open.add(entry(rs, 0));
            } else if (rs.getBigDecimal("balance_after").signum() < 0) {
                open.add(new TabAllocation.Entry(
                        rs.getObject("id", UUID.class),
                        EntryKind.PAYMENT,
                        Money.of(rs.getBigDecimal("balance_after")),
                        "",
                        null,
                        Instants.read(rs, "occurred_at"),
                        null,
                        null));
            }
        });
        return byAccount;
    }

    /**
     * Every line of the account that happened before {@code until}, in the order they happened (then as
     * posted), payments with their method.
     */
    public List<TabAllocation.Entry> entries(UUID accountId, Instant until) {
        return jdbc.sql(ENTRIES + "WHERE e.account_id = ? AND e.occurred_at < ? ORDER BY e.occurred_at, e.entry_no")
                .params(accountId, Instants.param(until))
                .query(CertificateRepository::entry)
                .list();
    }

    private static TabAllocation.Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String method = rs.getString("method");
        return new TabAllocation.Entry(
                rs.getObject("id", UUID.class),
                EntryKind.valueOf(rs.getString("kind")),
                Money.of(rs.getBigDecimal("amount")),
                rs.getString("description"),
                rs.getString("reference"),
                Instants.read(rs, "occurred_at"),
                method == null ? null : PaymentMethod.valueOf(method),
                PersonalServiceActivity.fromCode(rs.getString("personal_service"))
                        .orElse(null));
    }

    /** The members' accounts that were charged a personal service before {@code until}. */
    public List<UUID> accountsWithPersonalServices(Instant until) {
        return jdbc.sql("""
                        SELECT DISTINCT account_id FROM billing_entry
                        WHERE personal_service IS NOT NULL AND occurred_at < ?""").param(Instants.param(until)).query(UUID.class).list();
    }

    public Optional<StoredCertificate> find(UUID accountId, int year) {
        return jdbc.sql(SELECT + "WHERE account_id = ? AND tax_year = ?")
                .params(accountId, year)
                .query((rs, n) -> new StoredCertificate(
                        rs.getObject("id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        rs.getInt("tax_year"),
                        rs.getString("number"),
                        Money.of(rs.getBigDecimal("amount_paid")),
                        Money.of(rs.getBigDecimal("cesu_amount")),
                        rs.getBytes("pdf"),
                        Instants.read(rs, "issued_at"),
                        Instants.read(rs, "notified_at")))
                .optional();
    }

    /** The next certificate number of the year, e.g. {@code AF-2025-000012}. */
    public String nextNumber(int year) {
        long value = jdbc.sql("SELECT nextval('billing_certificate_number')")
                .query(Long.class)
                .single();
        return "AF-%d-%06d".formatted(year, value);
    }

    public void insert(StoredCertificate certificate, UUID sellerId, String sha256) {
        jdbc.sql("""
                        INSERT INTO billing_tax_certificate (id, account_id, tax_year, number, seller_id, amount_paid,
                               cesu_amount, pdf, sha256, issued_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        certificate.id(),
                        certificate.accountId(),
                        certificate.year(),
                        certificate.number(),
                        sellerId,
                        certificate.amountPaid().amount(),
                        certificate.cesuAmount().amount(),
                        certificate.pdf(),
                        sha256,
                        Instants.param(certificate.issuedAt()))
                .update();
    }

    /** Records that the member was told; false if they already were. */
    public boolean markNotified(UUID certificateId, Instant at) {
        return jdbc.sql("UPDATE billing_tax_certificate SET notified_at = ? WHERE id = ? AND notified_at IS NULL")
                        .params(Instants.param(at), certificateId)
                        .update()
                == 1;
    }
}
