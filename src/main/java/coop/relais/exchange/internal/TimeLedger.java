package coop.relais.exchange.internal;

import coop.relais.exchange.EuroPart;
import coop.relais.exchange.EuroPartCommitted;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mutual-credit ledger of the SELs, counted in time. A transfer is committed in the caller's transaction: both accounts are locked
 * (in the order of their ids, so that two opposite transfers cannot deadlock), the payer's balance minus the
 * amount must stay at or above minus its floor and the payee's plus the amount at or below its ceiling,
 * then two entries that sum to zero are written at the next position of each account and the balances move.
 */
@Component
public class TimeLedger {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    TimeLedger(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Locked(UUID id, long balance, long entries, int floor, int ceiling) {}

    /**
     * Locks both accounts, in the order of their ids, until the transaction ends. Call it before writing
     * anything that refers to them: a row that references an account takes a key-share lock on it (the
     * foreign key), which a later lock for update would wait on across transactions, and deadlock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockAll(java.util.Collection<UUID> accounts) {
        jdbc.sql("SELECT id FROM sel_account WHERE id IN ("
                        + String.join(", ", java.util.Collections.nCopies(accounts.size(), "?"))
                        + ") ORDER BY id FOR UPDATE")
                .params(List.copyOf(accounts))
                .query(UUID.class)
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(UUID payer, UUID payee) {
        jdbc.sql("SELECT id FROM sel_account WHERE id IN (?, ?) ORDER BY id FOR UPDATE")
                .params(payer, payee)
                .query(UUID.class)
                .list();
    }

    /**
     * Commits the transfer {@code transactionId} of {@code amount} from payer to payee.
     *
     * @param selFloor the SEL's floor, for accounts without their own
     * @param selCeiling the SEL's ceiling, for accounts without their own
     * @param limits false for a reversal or an adjustment, which the limits do not stop
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void commit(
            UUID transactionId,
            UUID payer,
            UUID payee,
            long amount,
            int selFloor,
            int selCeiling,
            boolean limits,
            Instant at) {
        List<Locked> locked = jdbc.sql("""
                        SELECT id, balance, entry_count, floor_units, ceiling_units FROM sel_account
                        WHERE id IN (?, ?) ORDER BY id FOR UPDATE""")
                .params(payer, payee)
                .query((rs, n) -> new Locked(
                        rs.getObject("id", UUID.class),
                        rs.getLong("balance"),
                        rs.getLong("entry_count"),
                        rs.getObject("floor_units", Integer.class) == null ? selFloor : rs.getInt("floor_units"),
                        rs.getObject("ceiling_units", Integer.class) == null ? selCeiling : rs.getInt("ceiling_units")))
                .list();
        Locked from =
                locked.stream().filter(a -> a.id().equals(payer)).findFirst().orElseThrow();
        Locked to =
                locked.stream().filter(a -> a.id().equals(payee)).findFirst().orElseThrow();
        if (limits && from.balance() - amount < -from.floor()) {
            throw DomainException.rule("exchange.rule.floor", from.floor(), from.balance());
        }
        if (limits && to.balance() + amount > to.ceiling()) {
            throw DomainException.rule("exchange.rule.ceiling", to.ceiling());
        }
        // A reversal takes back what the transfer it undoes counted as given and received.
        boolean reversal = "REVERSAL"
                .equals(jdbc.sql("SELECT kind FROM sel_transaction WHERE id = ?")
                        .param(transactionId)
                        .query(String.class)
                        .single());
        entry(transactionId, from, -amount, reversal, at);
        entry(transactionId, to, amount, reversal, at);
        int done = jdbc.sql("""
                        UPDATE sel_transaction SET status = 'COMMITTED', committed_at = ?, expires_at = NULL
                        WHERE id = ? AND status = 'REQUESTED'""").params(Instants.param(at), transactionId).update();
        if (done != 1) {
            throw new DomainException("exchange.request.notWaiting");
        }
        euroPart(transactionId, at);
    }

    /** A mixed exchange's euro part is owed from now on: billing charges it to the payer, after this commit. */
    private void euroPart(UUID transactionId, Instant at) {
        jdbc.sql("""
                        SELECT s.site_id, payer.member_id AS payer_id, payee.member_id AS payee_id,
                               pb.display_name AS payee_name, e.amount, e.description, t.memo
                        FROM sel_euro_part e JOIN sel_transaction t ON t.id = e.transaction_id
                        JOIN sel s ON s.id = t.sel_id
                        JOIN sel_account payer ON payer.id = t.payer_account
                        JOIN sel_account payee ON payee.id = t.payee_account
                        LEFT JOIN account pb ON pb.id = payee.member_id
                        WHERE e.transaction_id = ?""")
                .param(transactionId)
                .query((rs, n) -> new EuroPartCommitted(
                        transactionId,
                        rs.getObject("site_id", UUID.class),
                        rs.getObject("payer_id", UUID.class),
                        rs.getObject("payee_id", UUID.class),
                        rs.getString("payee_name"),
                        Money.of(rs.getBigDecimal("amount")),
                        rs.getString("description"),
                        rs.getString("memo"),
                        at))
                .optional()
                .ifPresent(events::publishEvent);
    }

    /** Keeps the euro part of a transfer being written (before it is committed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keep(UUID transactionId, EuroPart part) {
        if (part != null) {
            jdbc.sql("INSERT INTO sel_euro_part (transaction_id, amount, description) VALUES (?, ?, ?)")
                    .params(transactionId, part.amount().amount(), part.description())
                    .update();
        }
    }

    private void entry(UUID transactionId, Locked account, long amount, boolean reversal, Instant at) {
        long after = account.balance() + amount;
        jdbc.sql("""
                        INSERT INTO sel_entry (id, transaction_id, account_id, amount, balance_after, entry_no, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        transactionId,
                        account.id(),
                        amount,
                        after,
                        account.entries() + 1,
                        Instants.param(at))
                .update();
        // The participation counters move with the balance; below zero since the first entry that took it there.
        jdbc.sql("""
                        UPDATE sel_account SET balance = ?, entry_count = entry_count + 1,
                               given_units = given_units + ?, received_units = received_units + ?, last_entry_at = ?,
                               negative_since = CASE WHEN ? >= 0 THEN NULL ELSE COALESCE(negative_since, ?) END
                        WHERE id = ?""")
                .params(
                        after,
                        reversal ? Math.min(amount, 0) : Math.max(amount, 0),
                        reversal ? Math.min(-amount, 0) : Math.max(-amount, 0),
                        Instants.param(at),
                        after,
                        Instants.param(at),
                        account.id())
                .update();
    }
}
