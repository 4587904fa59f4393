package coop.relais.billing.internal;

import coop.relais.billing.EntryKind;
import coop.relais.billing.EntryView;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import coop.relais.shared.jdbc.RowCreation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The accounts and their append-only lines. Every posting locks its account's row, checks the source
 * key, writes the line with its position and running balance, and moves the account's balance, in the
 * caller's transaction: so the balance is always the sum of the lines, and a source posts once even
 * when its event is delivered again or twice at the same time (the unique source index is the last word).
 */
@Repository
public class Ledger {

    private static final String ACCOUNT =
            "SELECT id, member_id, organisation_id, balance, entry_count FROM billing_account ";
    private static final String ENTRY = """
            SELECT id, entry_no, kind, amount, balance_after, description, source_type, source_id, reference,
                   line_amount, paid_by_others, vat_rate, occurred_at
            FROM billing_entry
            """;

    private final JdbcClient jdbc;
    private final RowCreation rows;
    private final Clock clock;

    Ledger(JdbcClient jdbc, RowCreation rows, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
    }

    /** The member's account, opened on first use. */
    public Account memberAccount(UUID memberId) {
        return findByMember(memberId).orElseGet(() -> {
            rows.insertIfAbsent(
                    "INSERT INTO billing_account (id, member_id, opened_at) VALUES (?, ?, ?)",
                    UUID.randomUUID(),
                    memberId,
                    Instants.param(clock.instant()));
            return findByMember(memberId).orElseThrow();
        });
    }

    /** The organisation's account, opened on first use. */
    public Account organisationAccount(UUID organisationId) {
        return findByOrganisation(organisationId).orElseGet(() -> {
            rows.insertIfAbsent(
                    "INSERT INTO billing_account (id, organisation_id, opened_at) VALUES (?, ?, ?)",
                    UUID.randomUUID(),
                    organisationId,
                    Instants.param(clock.instant()));
            return findByOrganisation(organisationId).orElseThrow();
        });
    }

    public Optional<Account> find(UUID accountId) {
        return jdbc.sql(ACCOUNT + "WHERE id = ?")
                .param(accountId)
                .query(Ledger::account)
                .optional();
    }

    public Optional<Account> findByMember(UUID memberId) {
        return jdbc.sql(ACCOUNT + "WHERE member_id = ?")
                .param(memberId)
                .query(Ledger::account)
                .optional();
    }

    public Optional<Account> findByOrganisation(UUID organisationId) {
        return jdbc.sql(ACCOUNT + "WHERE organisation_id = ?")
                .param(organisationId)
                .query(Ledger::account)
                .optional();
    }

    /** Locks the account's row until the transaction ends and reads it as it is now. */
    /** Locks several accounts for the transaction, always in the same order (by id): no deadlock. */
    public List<Account> lockAll(java.util.Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ACCOUNT + "WHERE id IN (:ids) ORDER BY id FOR UPDATE")
                .param("ids", accountIds)
                .query(Ledger::account)
                .list();
    }

    public Account lock(UUID accountId) {
        return jdbc.sql(ACCOUNT + "WHERE id = ? FOR UPDATE")
                .param(accountId)
                .query(Ledger::account)
                .single();
    }

    /**
     * Posts the line to the account.
     *
     * @return the posted line, or empty when a line with the same source key was already posted
     */
    public Optional<UUID> post(UUID accountId, NewEntry entry) {
        Account account = lock(accountId);
        boolean posted = jdbc.sql("""
                        SELECT COUNT(*) FROM billing_entry
                        WHERE source_type = ? AND source_id = ? AND source_line = ? AND payer_share = ? AND account_id = ?""")
                        .params(
                                entry.sourceType().name(),
                                entry.sourceId(),
                                entry.sourceLine(),
                                entry.share().name(),
                                accountId)
                        .query(Long.class)
                        .single()
                > 0;
        if (posted) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        Money balanceAfter = account.balance().plus(entry.amount());
        jdbc.sql("""
                        INSERT INTO billing_entry (id, account_id, entry_no, kind, amount, balance_after, description,
                               source_type, source_id, source_line, payer_share, reference, site_id, line_amount,
                               paid_by_others, vat_rate, occurred_at, posted_at, personal_service, included_units)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        accountId,
                        account.entryCount() + 1,
                        entry.kind().name(),
                        entry.amount().amount(),
                        balanceAfter.amount(),
                        entry.description(),
                        entry.sourceType().name(),
                        entry.sourceId(),
                        entry.sourceLine(),
                        entry.share().name(),
                        entry.reference(),
                        entry.siteId(),
                        entry.lineAmount() == null ? null : entry.lineAmount().amount(),
                        entry.paidByOthers() == null
                                ? null
                                : entry.paidByOthers().amount(),
                        entry.vatRate(),
                        Instants.param(entry.occurredAt()),
                        Instants.param(clock.instant()),
                        entry.personalService() == null
                                ? null
                                : entry.personalService().name(),
                        entry.includedUnits())
                .update();
        jdbc.sql("UPDATE billing_account SET balance = ?, entry_count = entry_count + 1 WHERE id = ?")
                .params(balanceAfter.amount(), accountId)
                .update();
        return Optional.of(id);
    }

    /**
     * How many units of a kind of charge (requests, copier pages) the holder's subscription has already
     * included from {@code from} (included) to {@code to} (excluded).
     */
    public long includedBetween(UUID accountId, NewEntry.SourceType type, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(included_units), 0) FROM billing_entry
                        WHERE account_id = ? AND source_type = ? AND occurred_at >= ? AND occurred_at < ?""")
                .params(accountId, type.name(), Instants.param(from), Instants.param(to))
                .query(Long.class)
                .single();
    }

    /** The account's lines, newest first, before position {@code before} (all when null): at most {@code limit}. */
    public List<EntryView> entries(UUID accountId, Long before, int limit) {
        return jdbc.sql(ENTRY + "WHERE account_id = ? AND entry_no < ? ORDER BY entry_no DESC LIMIT ?")
                .params(accountId, before == null ? Long.MAX_VALUE : before, limit)
                .query(Ledger::entry)
                .list();
    }

    /**
     * Accounts whose balance is not the sum of their lines, or not the running balance of their last
     * line: none, ever, unless someone wrote to the tables by hand.
     */
    public List<UUID> unreconciled() {
        return jdbc.sql("""
                        SELECT a.id FROM billing_account a
                        LEFT JOIN (SELECT account_id, SUM(amount) AS total, MAX(entry_no) AS last_no, COUNT(*) AS lines
                                   FROM billing_entry GROUP BY account_id) e ON e.account_id = a.id
                        LEFT JOIN billing_entry last ON last.account_id = a.id AND last.entry_no = e.last_no
                        WHERE a.balance <> COALESCE(e.total, 0)
                           OR a.entry_count <> COALESCE(e.lines, 0)
                           OR (last.id IS NOT NULL AND last.balance_after <> a.balance)""").query(UUID.class).list();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                Money.of(rs.getBigDecimal("balance")),
                rs.getLong("entry_count"));
    }

    private static EntryView entry(ResultSet rs, int row) throws SQLException {
        return new EntryView(
                rs.getObject("id", UUID.class),
                rs.getLong("entry_no"),
                EntryKind.valueOf(rs.getString("kind")),
                Money.of(rs.getBigDecimal("amount")),
                Money.of(rs.getBigDecimal("balance_after")),
                rs.getString("description"),
                rs.getString("source_type"),
                rs.getObject("source_id", UUID.class),
                rs.getString("reference"),
                money(rs.getBigDecimal("line_amount")),
                money(rs.getBigDecimal("paid_by_others")),
                rs.getBigDecimal("vat_rate"),
                Instants.read(rs, "occurred_at"));
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }
}
